import asyncio, time
async def slow(n, d):
    try:
        await asyncio.sleep(d)
        return n
    finally:
        print(f"slow({n}) finally at {time.monotonic():.2f}")
async def main():
    results = []
    for d in (0.1, 0.5, 1.5):
        try:
            results.append(await asyncio.wait_for(slow(d, d), timeout=1.0))
        except asyncio.TimeoutError:
            results.append("timeout")
    print(results)
    done, pending = await asyncio.wait([asyncio.create_task(slow(i, i / 2)) for i in range(1, 5)], timeout=1.2)
    print(sorted(t.result() for t in done), len(pending))
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
    await asyncio.gather(*sorted(pending, key=lambda t: t.get_name()), return_exceptions=True)
    async def deadline_loop():
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 1
        i = 0
        async with asyncio.timeout_at(deadline):
            while True:
                await asyncio.sleep(0.3)
                i += 1
                print("iteration", i)
    try:
        await deadline_loop()
    except TimeoutError:
        print("deadline reached", round(time.monotonic(), 2))
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
    except TimeoutError:
        print("zero timeout")
    try:
        async with asyncio.timeout(-1):
            pass
        print("negative timeout, body without await: no error")
    except TimeoutError:
        print("negative timeout error")
    r = await asyncio.wait_for(asyncio.sleep(0.1, "none timeout"), None)
    print(r, await asyncio.wait_for(asyncio.sleep(0, "zero ok?"), 0) if False else "")
    try:
        await asyncio.wait_for(slow("z", 0.1), 0)
    except TimeoutError:
        print("wait_for 0 timeout")
asyncio.run(main())
