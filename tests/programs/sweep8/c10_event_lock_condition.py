import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")

async def main():
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    print("set", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print("cleared", ev.is_set())
    lock = asyncio.Lock()
    order = []
    async def crit(n):
        async with lock:
            order.append(n)
            await asyncio.sleep(0.01)
    await asyncio.gather(*(crit(i) for i in range(4)))
    print(order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    cond = asyncio.Condition()
    items = []
    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumer", n, "got", items.pop())
    cs = [asyncio.create_task(consumer(i)) for i in range(2)]
    await asyncio.sleep(0)
    for x in "ab":
        async with cond:
            items.append(x)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
