import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

async def main():
    print([x async for x in agen(4)])
    print({x: await square(x) async for x in agen(3)})
    print({await square(x) for x in range(4)})
    print([await square(x) for x in range(3) if x])
    print([y for y in [await square(2)]])
    nested = [[x async for x in agen(i)] for i in range(3)]
    print(nested)
    g = (await square(x) for x in range(3))
    print(type(g).__name__, [v async for v in g])
    g2 = (x async for x in agen(3))
    print(type(g2).__name__)
    try:
        print(list(g2))
    except TypeError as e:
        print("TypeError:", e)
    try:
        [x async for x in range(3)]
    except TypeError as e:
        print("TypeError:", e)
    try:
        [x for x in agen(2)]
    except TypeError as e:
        print("TypeError:", e)
    gs = agen(2)
    print(sorted([x async for x in gs] * 2))

asyncio.run(main())
