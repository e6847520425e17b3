import asyncio

async def producer(q, n, pid):
    for i in range(n):
        await q.put((pid, i))
        await asyncio.sleep(0.05)
    print(f"producer {pid} finished")

async def consumer(q, cid, results):
    try:
        while True:
            pid, i = await q.get()
            try:
                if i == 2 and pid == 1:
                    raise ValueError(f"bad item {pid}-{i}")
                await asyncio.sleep(0.08)
                results.append((cid, pid, i))
            except ValueError as e:
                print(f"consumer {cid} skipped: {e}")
            finally:
                q.task_done()
    except asyncio.CancelledError:
        print(f"consumer {cid} stopping, unfinished={q._unfinished_tasks if hasattr(q, '_unfinished_tasks') else '?'}")
        raise

async def main():
    q = asyncio.Queue(maxsize=3)
    results = []
    consumers = [asyncio.create_task(consumer(q, c, results)) for c in range(2)]
    await asyncio.gather(*(producer(q, 4, p) for p in range(2)))
    await q.join()
    for c in consumers:
        c.cancel()
    out = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(o).__name__ for o in out])
    print(sorted(results), len(results), f"t={asyncio.get_running_loop().time():.2f}")

asyncio.run(main())
