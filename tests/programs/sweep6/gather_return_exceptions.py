import asyncio

async def job(i):
    await asyncio.sleep(0.1 * (5 - i))
    if i % 2:
        raise RuntimeError(f"job {i}")
    return i * 10

async def main():
    res = await asyncio.gather(*(job(i) for i in range(5)), return_exceptions=True)
    for i, r in enumerate(res):
        match r:
            case Exception() as e:
                print(i, "error", type(e).__name__, e)
            case int(v):
                print(i, "ok", v)
    try:
        await asyncio.gather(job(1), job(2))
    except RuntimeError as e:
        print("first error:", e)
    tasks = [asyncio.create_task(job(i), name=f"job-{i}") for i in range(4)]
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print(len(done), len(pending), sorted(t.get_name() for t in done))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    for coro in asyncio.as_completed([job(0), job(2), job(4)]):
        print("as_completed", await coro)
    r = await asyncio.gather()
    print(r, await asyncio.gather(asyncio.sleep(0, "x")))
    g = asyncio.gather(job(0), job(1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())

asyncio.run(main())
