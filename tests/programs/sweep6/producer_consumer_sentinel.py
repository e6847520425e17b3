import asyncio, itertools, random

SENTINEL = None

async def producer(q, ident, n):
    for i in range(n):
        await asyncio.sleep(random.uniform(0.01, 0.2))
        await q.put(f"{ident}-{i}")
        print(f"put {ident}-{i} (qsize={q.qsize()})")

async def consumer(q, ident, done):
    count = itertools.count()
    while (item := await q.get()) is not SENTINEL:
        await asyncio.sleep(random.uniform(0.05, 0.15))
        done.append((ident, item, next(count)))
        q.task_done()
    q.task_done()
    print(f"consumer {ident} exits")

async def main():
    q = asyncio.Queue(4)
    done = []
    consumers = [asyncio.create_task(consumer(q, c, done)) for c in "AB"]
    await asyncio.gather(*(producer(q, p, 3) for p in ("x", "y", "z")))
    for _ in consumers:
        await q.put(SENTINEL)
    await q.join()
    await asyncio.gather(*consumers)
    for k, g in itertools.groupby(sorted(done), key=lambda t: t[0]):
        print(k, [item for _, item, _ in g])
    pq = asyncio.PriorityQueue()
    for p in [5, 1, 3, 1]:
        pq.put_nowait((p, f"job{p}"))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)], lq.empty())
    try:
        asyncio.Queue(1).get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e))
    fq = asyncio.Queue(1)
    fq.put_nowait(1)
    try:
        fq.put_nowait(2)
    except asyncio.QueueFull:
        print("full", fq.full(), fq.maxsize)

asyncio.run(main())
