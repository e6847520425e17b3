import asyncio
from contextlib import asynccontextmanager, AsyncExitStack

class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.1)
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError

@asynccontextmanager
async def transaction(name):
    print("begin", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("rollback", name, e)
        raise
    else:
        print("commit", name)

async def main():
    async with Conn("a") as a, Conn("b") as b:
        print("using", a.name, b.name)
    async with Conn("c"):
        raise KeyError("swallowed")
    print("after c")
    async with transaction("t1") as t:
        print("in", t)
    try:
        async with transaction("t2"):
            raise ValueError("bad data")
    except ValueError as e:
        print("propagated", e)
    async with AsyncExitStack() as stack:
        for n in "xyz":
            await stack.enter_async_context(Conn(n))
        stack.push_async_callback(asyncio.sleep, 0)
        print("stack ready")

asyncio.run(main())
