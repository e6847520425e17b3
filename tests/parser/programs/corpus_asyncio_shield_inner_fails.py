import asyncio

async def failing():
    await asyncio.sleep(0.1)
    raise KeyError("inside")

async def main():
    try:
        await asyncio.shield(failing())
    except KeyError as e:
        print("shield propagated", repr(e))

asyncio.run(main())
