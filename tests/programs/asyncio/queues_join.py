import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i, q.qsize())
    
async def consumer(name, q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.3)
        print(name, "processed", item)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    workers = [asyncio.create_task(consumer(f"w{i}", q)) for i in range(2)]
    await producer(q, 5)
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    pq = asyncio.PriorityQueue()
    for p in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(p)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    fq = asyncio.Queue(1)
    fq.put_nowait(1)
    try:
        fq.put_nowait(2)
    except asyncio.QueueFull:
        print("full", fq.full())
    try:
        fq.task_done(); fq.task_done()
    except ValueError as e:
        print(e)
    print(fq)

asyncio.run(main())
