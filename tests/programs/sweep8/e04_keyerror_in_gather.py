import asyncio

PRICES = {"apple": 1.0, "bread": 2.5}

async def lookup(item):
    await asyncio.sleep(len(item) / 100)
    return PRICES[item]

async def main():
    try:
        print(await asyncio.gather(*(lookup(i) for i in ["apple", "caviar", "bread"])))
    except KeyError as e:
        print("missing price:", e, repr(e), e.args)
    res = await asyncio.gather(*(lookup(i) for i in ["apple", "caviar", "bread"]), return_exceptions=True)
    print(res)
    print(await asyncio.gather())
    g = asyncio.gather(lookup("apple"), lookup("bread"))
    print(type(g).__name__, await g)
    await asyncio.gather(lookup("bread"), lookup("x"))

asyncio.run(main())
