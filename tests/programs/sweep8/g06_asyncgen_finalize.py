import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
            await asyncio.sleep(0.1)
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")

async def main():
    async for v in ticker("a", 5):
        print(v)
        if v == "a1":
            break
    print("after break")
    g = ticker("b", 3)
    print(await anext(g))
    await g.aclose()
    h = ticker("c", 3)
    print(await anext(h))
    print("leaving c open")
    await asyncio.sleep(0)

asyncio.run(main())
print("end")
