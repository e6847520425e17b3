import asyncio

async def main():
    lock = asyncio.Lock()
    log = []
    async def user(name, hold):
        try:
            async with lock:
                log.append(f"{name} in")
                await asyncio.sleep(hold)
                log.append(f"{name} out")
        except asyncio.CancelledError:
            log.append(f"{name} cancelled")
            raise
    ts = {n: asyncio.create_task(user(n, 0.1)) for n in "abcd"}
    await asyncio.sleep(0)
    ts["b"].cancel()
    await asyncio.sleep(0.05)
    ts["c"].cancel()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print(log)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    lock.release()
    waiter.cancel()
    await asyncio.sleep(0)
    print(waiter.cancelled(), lock.locked())
    third = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(third.done(), lock.locked())
    try:
        async with asyncio.Lock() as l:
            print("as value", l)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
