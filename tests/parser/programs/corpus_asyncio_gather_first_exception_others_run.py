import asyncio

async def ok(name, n):
    await asyncio.sleep(n)
    print(name, "finished at", asyncio.get_running_loop().time())
    return name

async def bad():
    await asyncio.sleep(1)
    raise ValueError("bad")

async def main():
    try:
        await asyncio.gather(ok("a", 2), bad(), ok("b", 3))
    except ValueError as e:
        print("gather raised", e, "at", asyncio.get_running_loop().time())
    await asyncio.sleep(5)
    print("end")

asyncio.run(main())
