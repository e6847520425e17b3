import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = f.__await__()
    print(next(it) is f, f._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    f.set_result(3)
    g = loop.create_future()
    g.set_result("done")
    print(await g, await g)
    try:
        it2 = g.__await__()
        next(it2)
    except StopIteration as e:
        print("StopIteration value", e.value)
    h = loop.create_future()
    def bad_cb(fut):
        raise ValueError("callback broke")
    h.add_done_callback(bad_cb)
    h.add_done_callback(lambda fut: print("second callback still runs"))
    h.set_result(None)
    await asyncio.sleep(0)
    async def yield_future():
        fut = loop.create_future()
        loop.call_later(0.1, fut.set_result, "yielded")
        return await fut
    print(await yield_future())
    class Plain:
        def __await__(self):
            yield 1
    t = asyncio.ensure_future(Plain())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
