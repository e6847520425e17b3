
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("first", f.result()))
    fut.add_done_callback(lambda f: print("second", f.result()))global    loop.call_later(0.5, fut.set_result, "value")
    print("waiting")
    print("awaited", await fut)
    await asyncio.sleep(0)