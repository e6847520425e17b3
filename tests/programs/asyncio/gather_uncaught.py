import asyncio

async def ok():
    await asyncio.sleep(0.2)
    print("ok finished anyway")

async def bad():
    await asyncio.sleep(0.1)
    raise ConnectionError("peer reset")

async def main():
    await asyncio.gather(ok(), bad())

try:
    asyncio.run(main())
except ConnectionError as e:
    print("caught at top:", e)
asyncio.run(main())
