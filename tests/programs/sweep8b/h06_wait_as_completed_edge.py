import asyncio

async def job(d, r):
    await asyncio.sleep(d)
    if isinstance(r, Exception):
        raise r
    return r

async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait([job(0, 1)])
    except TypeError as e:
        print("TypeError:", e)
    ts = [asyncio.create_task(job(d, r), name=f"j{i}") for i, (d, r) in enumerate([(0.3, "a"), (0.1, ValueError("b")), (0.2, "c")])]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending), loop.time())
    done, pending = await asyncio.wait(pending, timeout=0.05)
    print(len(done), len(pending), loop.time())
    try:
        await asyncio.wait(ts, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)
    done, _ = await asyncio.wait(ts)
    print(sorted(t.get_name() for t in done))
    try:
        for f in asyncio.as_completed([job(0.5, "x"), job(0.1, "y")], timeout=0.2):
            print("got", await f, loop.time())
    except asyncio.TimeoutError:
        print("as_completed timed out", loop.time())
    res = []
    for f in asyncio.as_completed([job(0.2, 1), job(0.3, 2), job(0.1, 3)]):
        res.append(await f)
    print(res)
    print(list(asyncio.as_completed([])))
    ts[1].exception()
    w = asyncio.create_task(job(0.1, "w"))
    done, pending = await asyncio.wait({w}, timeout=0)
    print(len(done), len(pending))
    await w

asyncio.run(main())
