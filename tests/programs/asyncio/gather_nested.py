import asyncio

async def leaf(name, delay):
    await asyncio.sleep(delay)
    print("leaf", name, "at", asyncio.get_running_loop().time())
    return name

async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1", 0.2), leaf(prefix + "2", 0.1))

async def main():
    print(await asyncio.gather(branch("a"), branch("b"), leaf("c", 0.15)))

asyncio.run(main())
