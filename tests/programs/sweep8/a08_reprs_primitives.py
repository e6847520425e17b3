import asyncio

def clean(r):
    import re
    return re.sub(r" at 0x[0-9a-f]+", "", r)

async def main():
    lock = asyncio.Lock()
    ev = asyncio.Event()
    sem = asyncio.Semaphore(2)
    bsem = asyncio.BoundedSemaphore(1)
    cond = asyncio.Condition()
    q = asyncio.Queue(maxsize=2)
    bar = asyncio.Barrier(2)
    for o in (lock, ev, sem, bsem, cond, q, bar):
        print(clean(repr(o)))
    await lock.acquire()
    ev.set()
    await sem.acquire()
    q.put_nowait(1)
    q.put_nowait("two")
    for o in (lock, ev, sem, q):
        print(clean(repr(o)))
    print(str(q))
    lock.release()
    sem.release()
    waiter = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    print(clean(repr(q)))
    q.get_nowait(); q.task_done(); q.get_nowait(); q.task_done()
    await waiter
    print(clean(repr(q)))
    lq = asyncio.LifoQueue(); pq = asyncio.PriorityQueue()
    print(clean(repr(lq)), clean(repr(pq)))

asyncio.run(main())
