import asyncio

async def worker(n):
    await asyncio.sleep(n)
    return n

async def main():
    me = asyncio.current_task()
    print(me.get_name(), repr(me)[:60])
    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2), name="custom")
    print(t1.get_name(), t2.get_name())
    print(repr(t1))
    print(t2)
    await asyncio.sleep(0)
    print(repr(t1))
    await t1
    print(repr(t1))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(repr(t2))
    t3 = asyncio.create_task(worker("x"))
    try:
        await t3
    except TypeError as e:
        print("TypeError:", e)
    print(repr(t3))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut))
    loop.call_later(0.5, fut.set_result, "late")
    print(await fut, repr(fut))
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    print(repr(f2), f2.exception())
    t2.set_name(99)
    print(t2.get_name(), type(t2.get_name()))
    print(len(asyncio.all_tasks()), asyncio.all_tasks() == {me})
    h = loop.call_soon(print, "soon")
    print(type(h).__name__, h.cancelled())
    th = loop.call_at(loop.time() + 1, print, "at")
    print(th.when())
    await asyncio.sleep(1.5)
    print(t1.done(), t1.result(), t1.get_coro().__name__, t1.get_coro().__qualname__)

asyncio.run(main())
