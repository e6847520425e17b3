import asyncio
async def job(d, v):
    await asyncio.sleep(d)
    return v
async def main():
    loop = asyncio.get_running_loop()
    for d in (0.1, 0.2, 0.3):
        try:
            print(d, await asyncio.wait_for(job(d, "ok"), 0.2), loop.time())
        except asyncio.TimeoutError:
            print(d, "timeout", loop.time())
    for d in (0.1, 0.2, 0.3):
        try:
            async with asyncio.timeout(0.2):
                print(d, await job(d, "ok"), loop.time())
        except TimeoutError:
            print(d, "timeout block", loop.time())
    done, pending = await asyncio.wait([asyncio.create_task(job(0.2, i)) for i in range(2)], timeout=0.2)
    print(len(done), len(pending))
    for p in pending: p.cancel()
    r = []
    async def racer(n):
        await asyncio.sleep(0.1)
        r.append(n)
    await asyncio.gather(*(racer(n) for n in range(5)))
    print(r)
    ev = asyncio.Event()
    loop.call_later(0.2, ev.set)
    try:
        await asyncio.wait_for(ev.wait(), 0.2)
        print("event set in time")
    except asyncio.TimeoutError:
        print("event timeout")
    t = asyncio.create_task(job(0.2, "x"))
    loop.call_later(0.2, t.cancel)
    try:
        print(await t)
    except asyncio.CancelledError:
        print("cancelled at the same instant")
asyncio.run(main())
