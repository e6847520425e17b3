import re

def show(*parts):
    # Addresses differ from run to run: printed as 0x?.
    print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(p)) for p in parts))

import asyncio

async def main():
    cond = asyncio.Condition()
    items = []
    show(cond)
    async def consumer(name, n):
        async with cond:
            await cond.wait_for(lambda: len(items) >= n)
            show(name, "sees", list(items), asyncio.get_running_loop().time())
    cs = [asyncio.create_task(consumer(f"c{n}", n)) for n in (1, 3, 2)]
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            cond.notify_all()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        show("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        show("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        show(lock.locked(), c2.locked())
    show(c2)
    async with cond:
        r = await cond.wait_for(lambda: "truthy")
        show("predicate value", r)
    async def waiter():
        async with cond:
            await cond.wait()
            show("woken")
    ws = [asyncio.create_task(waiter()) for _ in range(3)]
    await asyncio.sleep(0)
    async with cond:
        show(repr(cond).split("[")[-1])
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await asyncio.gather(*ws)

asyncio.run(main())
