import asyncio

async def inner():
    await asycio.sleep(0.5)
    raise KeyError("missing key")

async def main():
    print("starting")
    await inner()

asyncio.run(main())
