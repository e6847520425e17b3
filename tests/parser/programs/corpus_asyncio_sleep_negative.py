import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(-5)
    print("negative sleep returns at once", loop.time())

asyncio.run(main())
