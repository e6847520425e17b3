import asyncio

async def work():
    print("never printed")

async def main():
    work()
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
