import asyncio, contextlib

class Conn:
    count = 0
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        Conn.count += 1
        await asyncio.sleep(0.01)
        print("open", self.name, Conn.count)
        return self
    async def __aexit__(self, et, ev, tb):
        Conn.count -= 1
        print("close", self.name, et.__name__ if et else None, ev)
        return et is KeyError

@contextlib.asynccontextmanager
async def timer(label):
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        yield label
    finally:
        print(f"{label}: {loop.time() - t0:.2f}s")

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    yield
    print(f"</{name}>")

async def main():
    async with Conn("a") as a, timer("block"):
        await asyncio.sleep(0.5)
    async with Conn("b"):
        raise KeyError("swallowed")
    print("after b")
    try:
        async with Conn("c"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    with tag("div"), tag("p"):
        print("text")
    async with contextlib.AsyncExitStack() as stack:
        for n in "xy":
            await stack.enter_async_context(Conn(n))
        stack.callback(print, "callback ran")
    with contextlib.suppress(ZeroDivisionError):
        1 / 0
    print("suppressed")
    try:
        with Conn("d"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    async with contextlib.nullcontext(5) as v:
        print("null", v)

asyncio.run(main())
