import asyncio
async def producer(q, items):
    for it in items:
        await q.put(it)
        print(f"put {it!r} size={q.qsize()} full={q.full()}")
async def consumer(name, q, out):
    try:
        while True:
            item = await asyncio.wait_for(q.get(), timeout=0.5)
            await asyncio.sleep(0.1)
            out.append((name, item))
            q.task_done()
    except asyncio.TimeoutError:
        print(f"{name}: idle, stopping")
async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    cs = [asyncio.create_task(consumer(f"c{i}", q, out)) for i in range(2)]
    await producer(q, list("abcde"))
    await q.join()
    await asyncio.gather(*cs)
    print(out)
    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)
    print(repr(q2).split(" at ")[0] if " at " in repr(q2) else repr(q2), q2._unfinished_tasks if hasattr(q2, "_unfinished_tasks") else "")
    items = []
    while not q2.empty():
        items.append(q2.get_nowait())
        q2.task_done()
    print(items)
    try:
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Queue(maxsize=1).put_nowait(1) or None
        print("ok")
    except asyncio.QueueFull:
        print("full")
asyncio.run(main())
