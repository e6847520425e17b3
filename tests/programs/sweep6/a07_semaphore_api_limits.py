import asyncio
calls = []
async def api(sem, i):
    async with sem:
        calls.append(("start", i, round(asyncio.get_running_loop().time(), 2)))
        await asyncio.sleep(0.25)
        calls.append(("end", i, round(asyncio.get_running_loop().time(), 2)))
        return i
async def main():
    sem = asyncio.Semaphore(2)
    res = await asyncio.gather(*(api(sem, i) for i in range(5)))
    for c in calls:
        print(*c)
    print(res, sem.locked())
    s = asyncio.Semaphore(0)
    async def releaser():
        await asyncio.sleep(0.1)
        s.release()
    asyncio.create_task(releaser())
    await s.acquire()
    print("acquired after release", round(asyncio.get_running_loop().time(), 2))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
asyncio.run(main())
