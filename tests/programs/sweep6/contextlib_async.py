import asyncio
from contextlib import asynccontextmanager, contextmanager, suppress, ExitStack, AsyncExitStack, closing, nullcontext, redirect_stdout
import io

@asynccontextmanager
async def connection(name):
    print(f"open {name}")
    await asyncio.sleep(0.1)
    try:
        yield name.upper()
    except ValueError as e:
        print(f"{name} saw {e!r}")
        raise
    finally:
        await asyncio.sleep(0.1)
        print(f"close {name}")

@contextmanager
def tag(t):
    print(f"<{t}>")
    yield
    print(f"</{t}>")

class Thing:
    def close(self):
        print("thing closed")

async def main():
    async with connection("db") as c:
        print("using", c)
    try:
        async with connection("cache"):
            raise ValueError("boom")
    except ValueError:
        print("propagated")
    with suppress(KeyError, IndexError):
        {}["x"]
    print("after suppress")
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in ("a", "b")]
        stack.enter_context(tag("p"))
        stack.callback(print, "callback ran")
        stack.push_async_callback(asyncio.sleep, 0)
        print("conns", conns)
    with ExitStack() as es:
        for t in ("x", "y"):
            es.enter_context(tag(t))
        rest = es.pop_all()
    print("popped")
    rest.close()
    with closing(Thing()):
        pass
    with nullcontext(5) as v:
        print("null", v)
    buf = io.StringIO()
    with redirect_stdout(buf):
        print("captured")
    print(repr(buf.getvalue()))

asyncio.run(main())
