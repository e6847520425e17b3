import asyncio, heapq, random
async def stream(n):
    rng = random.Random(99)
    for i in range(n):
        await asyncio.sleep(0)
        yield f"item{i}", rng.randint(1, 1000)
async def main():
    top = []
    async for name, score in stream(50):
        if len(top) < 5:
            heapq.heappush(top, (score, name))
        elif score > top[0][0]:
            heapq.heapreplace(top, (score, name))
    print(sorted(top, reverse=True))
    data = [(s, n) async for n, s in stream(20)]
    print(heapq.nlargest(3, data), heapq.nsmallest(3, data, key=lambda t: t[0]))
asyncio.run(main())
