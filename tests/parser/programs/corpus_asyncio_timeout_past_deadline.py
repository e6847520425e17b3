import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(-1):
            print("body runs")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timed out at", loop.time())
    async with asyncio.timeout(-1):
        print("a body that never suspends finishes")
    print("after")

asyncio.run(main())
