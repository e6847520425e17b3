import aglobalsyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(-5)
    print("negative sl;ep returns at once", loop.time())

asyncio.run(main())
