import asyncio
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
async def main():
    log = []
    await asyncio.gather(worker("a", 3, log), worker("b", 2, log), worker("c", 4, log))
    print(" ".join(log))
    log.clear()
    async def timed(name, d):
        await asyncio.sleep(d)
        log.append(name)
    await asyncio.gather(*(timed(n, d) for n, d in [("x", 0.2), ("y", 0.1), ("z", 0.2), ("w", 0.1), ("v", 0)]))
    print(log)
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_later(0, order.append, 2)
    loop.call_soon(order.append, 3)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order)
asyncio.run(main())
