import asyncio
import random

async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(random.randint(1, 3) / 10)
        await q.put(i)
        print(f"produced {i} at {asyncio.get_running_loop().time():.1f}")
    await q.put(None)

async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        await asyncio.sleep(0.15)
        total += item
        print(f"consumed {item} at {asyncio.get_running_loop().time():.2f}")
    return total

async def main():
    q = asyncio.Queue(maxsize=2)
    _, total = await asyncio.gather(producer(q, 6), consumer(q))
    print("total", total)

asyncio.run(main())
