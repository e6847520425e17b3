import asyncio
import functools

def on_done(name, fut):
    if fut.cancelled():
        print(name, "saw cancelled")
    elif fut.exception():
        print(name, "saw exception", repr(fut.exception()))
    else:
        print(name, "saw result", fut.result())

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f1.add_done_callback(functools.partial(on_done, "cb1"))
    f1.add_done_callback(functools.partial(on_done, "cb2"))
    loop.call_later(0.1, f1.set_result, 99)
    print(await f1, f1.done())
    f2 = loop.create_future()
    f2.add_done_callback(functools.partial(on_done, "cb3"))
    f2.set_exception(ValueError("nope"))
    try:
        await f2
    except ValueError as e:
        print("await raised", e)
    f3 = loop.create_future()
    f3.add_done_callback(functools.partial(on_done, "cb4"))
    f3.cancel()
    await asyncio.sleep(0)
    try:
        f1.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f4 = loop.create_future()
    try:
        f4.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    cb = functools.partial(on_done, "removed")
    f4.add_done_callback(cb)
    print(f4.remove_done_callback(cb))
    f4.set_result(None)
    t = asyncio.ensure_future(asyncio.sleep(0.1, "ensured"))
    t.add_done_callback(lambda t: print("task callback", t.result()))
    print(await t)
    print(asyncio.isfuture(f1), asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main()) if False else True)
    w = asyncio.wrap_future(f1) if False else f1
    print(repr(f1).startswith("<Future finished result=99>"))

asyncio.run(main())
