import asyncio

async def bad():
    await asyncio.sleep(0.5)
    raise ValueError("bad value")

async def main():
    try:
        await asyncio.wait_for(bad(), 2)
    except ValueError as e:
        print("ValueError:", e, asyncio.get_running_loop().time())

asyncio.run(main())
