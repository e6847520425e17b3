import asyncio
async def leaf(x):
    await asyncio.sleep(0.01 * x)
    return x * x
async def branch(xs):
    return await asyncio.gather(*(leaf(x) for x in xs))
async def main():
    tree = await asyncio.gather(branch([1, 2]), branch([3]), branch([]), asyncio.gather(leaf(4), branch([5, 6])))
    print(tree)
    flat = []
    def walk(n):
        if isinstance(n, list):
            for c in n:
                walk(c)
        else:
            flat.append(n)
    walk(tree)
    print(flat, sum(flat))
asyncio.run(main())
