import asyncio

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker closed")

async def squares(agen):
    async for x in agen:
        yield x * x

async def main():
    async for v in ticker(3, 0.1):
        print("tick", v, asyncio.get_running_loop().time())
    print([s async for s in squares(ticker(4, 0))])
    g = ticker(10, 0)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")
    print(await anext(ticker(0, 0), "default"))
    agen = ticker(5, 0)
    async for v in agen:
        if v == 1:
            break
    await agen.aclose()
    print(type(agen).__name__, agen.__name__)

asyncio.run(main())
