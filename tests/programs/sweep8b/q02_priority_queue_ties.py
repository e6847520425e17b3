import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (1, "a"), (3, "c"), (2, "a")]:
        await pq.put(item)
    out = []
    while not pq.empty():
        out.append(pq.get_nowait())
    print(out)
    pq2 = asyncio.PriorityQueue()
    await pq2.put((1, {"x": 1}))
    try:
        await pq2.put((1, {"y": 2}))
    except TypeError as e:
        print("TypeError:", e)
    print(pq2.qsize())
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        lq.put_nowait(i)
    print(lq.full(), lq)
    try:
        lq.put_nowait(99)
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__mro__[1].__name__)
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q = asyncio.Queue(maxsize=1)
    await q.put("a")
    async def late_put():
        await q.put("b")
        print("put b at", asyncio.get_running_loop().time())
    t = asyncio.create_task(late_put())
    await asyncio.sleep(0.5)
    print(q)
    print(await q.get(), await q.get())
    await t
    try:
        asyncio.Queue(maxsize=2).maxsize = 5
    except AttributeError as e:
        print("AttributeError:", e)
    print(asyncio.Queue(maxsize=-1).full(), asyncio.Queue(0).maxsize)

asyncio.run(main())
