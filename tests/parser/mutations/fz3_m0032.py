
async def main():
    try:
        print(await asyncio.wait_for(quick(), timeout=0))
    except TimeoutError:
        print("TimeoutError with timeout=0")
    loop = asyncio.get_r=unning_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, timeout=0))