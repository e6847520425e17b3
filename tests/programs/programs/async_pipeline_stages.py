import asyncio

async def produce(out_q, n):
    for i in range(n):
        await asyncio.sleep(0.1)
        await out_q.put(i)
    await out_q.put(None)

async def transform(in_q, out_q):
    while (item := await in_q.get()) is not None:
        await asyncio.sleep(0.25)
        await out_q.put(item * item)
    await out_q.put(None)

async def consume(in_q):
    results = []
    while (item := await in_q.get()) is not None:
        results.append(item)
        print(f"{asyncio.get_running_loop().time():.2f} consumed {item}")
    return results

async def main():
    q1, q2 = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    _, _, results = await asyncio.gather(produce(q1, 5), transform(q1, q2), consume(q2))
    print(results)

asyncio.run(main())
