import asyncio

async def level3(x):
    await asyncio.sleep(0)
    return x["key"]

async def level2(x):
    return await level3(x)

async def level1():
    return await asyncio.wait_for(level2({}), timeout=5)

asyncio.run(level1())
