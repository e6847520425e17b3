import asyncio, random

async def producer(q, name, n):
    for i in range(n):
        await asyncio.sleep(random.random() / 10)
        item = f"{name}{i}"
        await q.put(item)
        print(f"put {item} size={q.qsize()} full={q.full()}")
    await q.put(None)

async def consumer(q, producers):
    done = 0
    seen = []
    while done < producers:
        item = await q.get()
        q.task_done()
        if item is None:
            done += 1
            continue
        seen.append(item)
        await asyncio.sleep(0.05)
    return seen

async def main():
    q = asyncio.Queue(maxsize=2)
    cons = asyncio.create_task(consumer(q, 2))
    await asyncio.gather(producer(q, "p", 3), producer(q, "q", 2))
    print(await cons, q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait(1); q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        for _ in range(3):
            q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    pq = asyncio.PriorityQueue()
    for p in [(3, "c"), (1, "a"), (2, "b")]:
        pq.put_nowait(p)
    print([pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])
    try:
        await asyncio.wait_for(lq.get(), 0.1)
    except TimeoutError:
        print("get timed out", lq.qsize(), repr(lq).split(" at ")[0])

asyncio.run(main())
