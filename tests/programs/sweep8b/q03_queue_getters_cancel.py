import asyncio

async def main():
    q = asyncio.Queue()
    getters = [asyncio.create_task(q.get(), name=f"g{i}") for i in range(3)]
    await asyncio.sleep(0)
    print(q)
    getters[0].cancel()
    q.put_nowait("one")
    q.put_nowait("two")
    await asyncio.sleep(0)
    for g in getters:
        print(g.get_name(), g.cancelled(), g.done() and not g.cancelled() and g.result())
    print(q)
    q2 = asyncio.Queue(1)
    q2.put_nowait(0)
    putter = asyncio.create_task(q2.put(1))
    await asyncio.sleep(0)
    print("putters waiting:", q2)
    putter.cancel()
    await asyncio.sleep(0)
    print(putter.cancelled(), q2.qsize())
    try:
        await asyncio.wait_for(q2.put(2), 0.25)
    except asyncio.TimeoutError:
        print("put timed out at", asyncio.get_running_loop().time())

asyncio.run(main())
