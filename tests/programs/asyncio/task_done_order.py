import asyncio

async def work(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return name

async def main():
    t1 = asyncio.create_task(work("A", 3))
    t2 = asyncio.create_task(work("B", 2))
    t3 = asyncio.create_task(work("C", 1))
    for t in (t1, t2, t3):
        t.add_done_callback(lambda t: print("done:", t.result()))
    print("main before await")
    await asyncio.sleep(0)
    print("main after first yield")
    print(await asyncio.gather(t1, t2, t3))
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    asyncio.create_task(asyncio.sleep(0)).add_done_callback(lambda _: order.append("task"))
    loop.call_soon(order.append, 2)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order)

asyncio.run(main())
