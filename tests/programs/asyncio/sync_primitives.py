import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    loop = asyncio.get_running_loop()
    async def limited(i):
        async with sem:
            print(f"{loop.time():.1f} start {i} locked={sem.locked()}")
            await asyncio.sleep(1)
    await asyncio.gather(*(limited(i) for i in range(5)))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    lock = asyncio.Lock()
    print(repr(lock).endswith('[unlocked]>'))
    async with lock:
        print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        print("waiter", i, "woke", loop.time())
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(2)
    ev.set()
    await asyncio.gather(*ts)
    print(ev.is_set()); ev.clear(); print(ev.is_set())
    cond = asyncio.Condition()
    items = []
    async def consumer(i):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", i, items.pop())
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in "ab":
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)

asyncio.run(main())
