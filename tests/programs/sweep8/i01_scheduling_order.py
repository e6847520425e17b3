import asyncio

log = []

async def task(name, hops):
    for i in range(hops):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}!")

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(task("a", 2))
    loop.call_soon(log.append, "cb1")
    b = asyncio.create_task(task("b", 1))
    print("created; a done?", a.done(), "log so far", log)
    loop.call_soon(log.append, "cb2")
    await asyncio.sleep(0)
    print(log)
    await asyncio.gather(a, b)
    print(log)
    log.clear()
    fut = loop.create_future()
    async def waiter(n):
        await fut
        log.append(f"w{n}")
    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    fut.set_result(None)
    log.append("after set_result")
    await asyncio.gather(*ws)
    print(log)
    log.clear()
    t = asyncio.ensure_future(task("c", 0))
    log.append("ensure_future returned")
    await t
    r = await asyncio.gather(task("d", 1), task("e", 0))
    print(log, r)

asyncio.run(main())
