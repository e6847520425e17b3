import asyncio

async def main():
    cond = asyncio.Condition()
    state = {"ready": False, "value": 0}
    async def waiter(i):
        async with cond:
            await cond.wait_for(lambda: state["ready"])
            state["value"] += i
            print("waiter", i, "sees", state["value"])
    ws = [asyncio.create_task(waiter(i)) for i in range(1, 4)]
    await asyncio.sleep(0.5)
    async with cond:
        state["ready"] = True
        cond.notify_all()
    await asyncio.gather(*ws)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked())
    sem = asyncio.Semaphore(0)
    async def releaser():
        await asyncio.sleep(1)
        sem.release()
        print("released")
    asyncio.create_task(releaser())
    async with sem:
        print("acquired at", asyncio.get_running_loop().time())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
