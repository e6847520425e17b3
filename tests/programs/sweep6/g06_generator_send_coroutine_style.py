import asyncio
def running_stats():
    n = total = 0
    mn = mx = None
    while True:
        x = yield (n, total / n if n else None, mn, mx)
        n += 1
        total += x
        mn = x if mn is None else min(mn, x)
        mx = x if mx is None else max(mx, x)
async def feed(values, gen):
    for v in values:
        await asyncio.sleep(0.01)
        print(v, "->", gen.send(v))
async def main():
    g = running_stats()
    print("init", next(g))
    await feed([5, 3, 9, 1], g)
    g.close()
    try:
        g.send(1)
    except StopIteration:
        print("closed generator raises StopIteration")
asyncio.run(main())
