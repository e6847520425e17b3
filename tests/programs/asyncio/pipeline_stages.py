import asyncio
import random

random.seed(1)

async def produce(out_q, n):
    for i in range(n):
        await asyncio.sleep(random.random() / 10)
        await out_q.put(i)
        print(f"produced {i}")
    await out_q.put(None)

async def transform(in_q, out_q):
    while (item := await in_q.get()) is not None:
        await asyncio.sleep(0.05)
        await out_q.put(item ** 2)
    await out_q.put(None)

async def consume(in_q):
    total = []
    while True:
        item = await in_q.get()
        if item is None:
            break
        total.append(item)
        print(f"consumed {item} at {asyncio.get_running_loop().time():.3f}")
    return total

async def main():
    q1, q2 = asyncio.Queue(2), asyncio.Queue(2)
    _, _, result = await asyncio.gather(produce(q1, 5), transform(q1, q2), consume(q2))
    print(result)

asyncio.run(main())
