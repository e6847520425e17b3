import asyncio

async def slow(name):
    try:
        await asyncio.sleep(5)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled by main")
        raise

async def fail():
    await asyncio.sleep(1)
    raise OSError("disk full")

async def main():
    tasks = [asyncio.create_task(slow("a")), asyncio.create_task(fail()), asyncio.create_task(slow("b"))]
    try:
        await asyncio.gather(*tasks)
    except OSError as e:
        print("gather failed:", e)
        for t in tasks:
            if not t.done():
                t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    print([t.cancelled() for t in tasks], asyncio.get_running_loop().time())

asyncio.run(main())
