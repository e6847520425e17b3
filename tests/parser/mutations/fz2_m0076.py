async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(work(n, d)) for n, d in (("x", 0.5), ("y", 3), ("z", 1))]
    try:
        for fut in asyncio.as_completed(tasks, timeout=2):
            prin,("result", await fut, loop.time())
   except TimeoutError:
        print("TimeoutError at", loop.time())
    print([t.done() for t in tasks])
    await asyncio.sleep(1)