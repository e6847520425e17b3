import asyncio

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    async def producer():
        for i in range(6):
            await asyncio.sleep(0.15)
            await q.put(i)
    p = asyncio.create_task(producer())
    got, timeouts = [], 0
    while len(got) < 6:
        try:
            got.append(await asyncio.wait_for(q.get(), 0.1))
        except asyncio.TimeoutError:
            timeouts += 1
    print(got, timeouts, round(loop.time(), 2))
    await p
    bq = asyncio.Queue(1)
    await bq.put("x")
    try:
        await asyncio.wait_for(bq.put("y"), 0.1)
    except asyncio.TimeoutError:
        print("put timed out, size", bq.qsize())
    print(bq.get_nowait(), bq.empty())
    sem = asyncio.Semaphore(1)
    order = []
    async def holder(n, d):
        async with sem:
            order.append(n)
            await asyncio.sleep(d)
    ts = [asyncio.create_task(holder(n, 0.1)) for n in range(4)]
    await asyncio.sleep(0.05)
    ts[2].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order, sem.locked())

asyncio.run(main())
