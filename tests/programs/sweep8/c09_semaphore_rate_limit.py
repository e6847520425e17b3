import asyncio

active = 0
peak = 0

async def download(sem, i):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"{asyncio.get_running_loop().time():.1f} start {i} locked={sem.locked()}")
        await asyncio.sleep(0.3 if i % 2 else 0.2)
        active -= 1
    return i

async def main():
    sem = asyncio.Semaphore(3)
    res = await asyncio.gather(*(download(sem, i) for i in range(7)))
    print(res, "peak", peak, sem.locked(), sem._value if hasattr(sem, "_value") else "?")
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    async def late():
        await asyncio.sleep(0.5)
        s.release()
        print("released")
    asyncio.create_task(late())
    print("acquired", await s.acquire())
    try:
        async with asyncio.Semaphore(1) as got:
            print("as value", got)
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
