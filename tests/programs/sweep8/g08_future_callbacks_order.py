import asyncio, functools

def cb(name, fut):
    print("callback", name, "sees", fut.result() if not fut.cancelled() else "cancelled")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for n in "abc":
        f.add_done_callback(functools.partial(cb, n))
    print("removed", f.remove_done_callback(functools.partial(cb, "b")))
    pb = functools.partial(cb, "z")
    f.add_done_callback(pb)
    print("removed", f.remove_done_callback(pb))
    f.set_result("value")
    print("set_result returned; callbacks are scheduled, not run")
    await asyncio.sleep(0)
    f.add_done_callback(functools.partial(cb, "late"))
    await asyncio.sleep(0)
    g = loop.create_future()
    g.add_done_callback(functools.partial(cb, "g"))
    g.cancel()
    await asyncio.sleep(0)
    t = asyncio.ensure_future(asyncio.sleep(0.1, result="slept"))
    t.add_done_callback(lambda x: print("task cb:", x.result()))
    print(await t)
    await asyncio.sleep(0)
    fut = asyncio.Future()
    loop.call_later(0.1, fut.set_exception, ValueError("via call_later"))
    try:
        await fut
    except ValueError as e:
        print("awaited:", e)
    try:
        fut.set_exception(StopIteration)
    except (TypeError, asyncio.InvalidStateError) as e:
        print(type(e).__name__, e)
    h = loop.create_future()
    try:
        h.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
