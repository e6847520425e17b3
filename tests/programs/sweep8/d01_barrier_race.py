import asyncio

async def runner(bar, name, delay):
    await asyncio.sleep(delay)
    print(f"{name} at barrier, waiting={bar.n_waiting}")
    idx = await bar.wait()
    print(f"{name} passed with index {idx}")
    return idx

async def main():
    bar = asyncio.Barrier(3)
    print(repr(bar).split(" at ")[0], repr(bar).split("[")[-1])
    res = await asyncio.gather(*(runner(bar, n, d) for n, d in [("x", 0.3), ("y", 0.1), ("z", 0.2)]))
    print(sorted(res), bar.parties, bar.broken)
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e), b2.broken)
    await b2.reset()
    print("reset", b2.broken, b2.n_waiting)
    async with asyncio.Barrier(1) as pos:
        print("async with ->", pos)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
