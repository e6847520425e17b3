import asyncio
from collections import deque
async def prices():
    for p in [10, 11, 13, 12, 15, 18, 17, 16, 20, 22]:
        await asyncio.sleep(0.1)
        yield p
async def moving_average(src, n):
    win = deque(maxlen=n)
    async for p in src:
        win.append(p)
        if len(win) == n:
            yield round(sum(win) / n, 2)
async def crossings(src):
    prev = None
    async for v in src:
        if prev is not None and (prev < 15 <= v or prev >= 15 > v):
            yield f"crossed 15 at {asyncio.get_running_loop().time():.1f} ({prev}->{v})"
        prev = v
async def main():
    print([m async for m in moving_average(prices(), 3)])
    async for c in crossings(moving_average(prices(), 2)):
        print(c)
asyncio.run(main())
