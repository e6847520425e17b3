import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(RuntimeError("x"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h), h.cancelled())
    try:
        h.exception()
    except asyncio.CancelledError:
        print("exception() on a cancelled future raises CancelledError")

asyncio.run(main())
