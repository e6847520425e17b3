# Checks written for the asyncio rewrite (session 4): wakeup order, cancellation hand-offs and reprs compared with CPython.
import asyncio
async def main():
    q = asyncio.Queue(1)
    print(repr(q)[:12], str(q))
    async def prod(i):
        await q.put(i); print('put', i)
    async def cons(n):
        x = await q.get(); print(n, 'got', x); q.task_done()
    ps = [asyncio.create_task(prod(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(str(q))
    cs = [asyncio.create_task(cons(j)) for j in range(4)]
    await asyncio.sleep(0); ps[2].cancel()
    await asyncio.sleep(0); print(str(q))
    await asyncio.sleep(0.01)
    print(str(q), q.empty(), q.full(), q.qsize())
    for c in cs: c.cancel()
    await q.join(); print('joined')
    try: q.task_done()
    except ValueError as e: print(e)
    pq = asyncio.PriorityQueue(); lq = asyncio.LifoQueue()
    for v in (3,1,2): pq.put_nowait(v); lq.put_nowait(v)
    print(str(pq), str(lq), [pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])
    try: pq.get_nowait()
    except asyncio.QueueEmpty: print('empty')
    q2 = asyncio.Queue(1); q2.put_nowait(1)
    try: q2.put_nowait(2)
    except asyncio.QueueFull: print('full')
    # woken getter cancelled: passes turn
    q3 = asyncio.Queue()
    async def g(n):
        try: print(n, await q3.get())
        except asyncio.CancelledError: print(n, 'cancelled')
    ts=[asyncio.create_task(g(i)) for i in range(3)]
    await asyncio.sleep(0)
    q3.put_nowait('a'); ts[0].cancel()
    await asyncio.sleep(0); await asyncio.sleep(0); print(str(q3))
    q3.put_nowait('b'); q3.put_nowait('c'); await asyncio.sleep(0); print(str(q3))
asyncio.run(main())
