import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    for name in ("result", "exception"):
        try:
            getattr(f, name)()
        except asyncio.InvalidStateError as e:
            print(name, "InvalidStateError:", e)
    f.set_result(1)
    print(repr(f))
    for call in (lambda: f.set_result(2), lambda: f.set_exception(ValueError()), ):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    print(f.cancel(), f.cancelled(), f.result())
    g = loop.create_future()
    try:
        g.set_exception(StopIteration("s"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        g.set_exception(42)
    except TypeError as e:
        print("TypeError:", e)
    g.set_exception(ValueError)
    print(repr(g), repr(g.exception()))
    g.exception()
    h = loop.create_future()
    print(h.cancel("why"), repr(h))
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
    try:
        h.exception()
    except asyncio.CancelledError as e:
        print("exception() raises too", e.args)
    try:
        h.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(asyncio.isfuture(h), asyncio.isfuture(object()), h.get_loop() is loop)
    print(f.remove_done_callback(print))

asyncio.run(main())
