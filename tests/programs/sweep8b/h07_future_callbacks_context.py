import asyncio, contextvars, functools

var = contextvars.ContextVar("var", default="base")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    def cb(tag, f):
        order.append((tag, var.get(), f.result()))
    fut.add_done_callback(functools.partial(cb, "a"))
    ctx = contextvars.copy_context()
    ctx.run(var.set, "ctx")
    fut.add_done_callback(functools.partial(cb, "b"), context=ctx)
    p = functools.partial(cb, "c")
    fut.add_done_callback(p)
    fut.add_done_callback(p)
    print(fut.remove_done_callback(p))
    fut.set_result(7)
    print(order)
    await asyncio.sleep(0)
    print(order)
    fut.add_done_callback(functools.partial(cb, "late"))
    print(len(order))
    await asyncio.sleep(0)
    print(order[-1])
    t = asyncio.create_task(asyncio.sleep(0.1, "task"))
    t.add_done_callback(lambda task: print("task done cb", task.result(), var.get()))
    var.set("main")
    await t
    await asyncio.sleep(0)
    f2 = asyncio.ensure_future(asyncio.sleep(0, "ensure"))
    print(type(f2).__name__, await f2)
    class Aw:
        def __await__(self):
            yield from asyncio.sleep(0.1).__await__()
            return "custom awaitable"
    f3 = asyncio.ensure_future(Aw())
    print(type(f3).__name__, await f3)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    print(asyncio.ensure_future(fut) is fut)

asyncio.run(main())
