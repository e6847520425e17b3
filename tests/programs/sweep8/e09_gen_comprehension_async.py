import asyncio

async def square(x):
    await asyncio.sleep(0.01 * (5 - x))
    return x * x

async def agen(n):
    for i in range(n):
        yield i

async def main():
    print([await square(i) for i in range(4)])
    print(await asyncio.gather(*[square(i) for i in range(4)]))
    print({i: await square(i) async for i in agen(3)})
    print({await square(i) % 3 for i in range(5)})
    print([j async for i in agen(3) for j in range(i)])
    g = (await square(i) for i in range(3))
    print(type(g).__name__, [x async for x in g])
    nested = [[x * y async for x in agen(3)] for y in range(2)]
    print(nested)
    print(sum([await square(i) for i in range(10) if i % 3 == 0]))
    try:
        print([x for x in agen(2)])
    except TypeError as e:
        print("TypeError:", e)
    total = 0
    async for i in agen(5):
        if i == 3:
            break
        total += i
    else:
        print("not reached")
    print("total", total)

asyncio.run(main())
