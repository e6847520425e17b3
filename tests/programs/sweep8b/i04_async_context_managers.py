import asyncio, contextlib

class Resource:
    def __init__(self, name, fail_exit=False):
        self.name = name
        self.fail_exit = fail_exit
    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("enter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0.1)
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise RuntimeError(f"exit failed in {self.name}")
        return et is KeyError

@contextlib.asynccontextmanager
async def managed(n):
    print("setup", n)
    try:
        yield n * 10
    except ZeroDivisionError:
        print("handled zero in", n)
    finally:
        print("teardown", n)

async def main():
    async with Resource("a") as a, Resource("b") as b:
        print("body", a.name, b.name)
    async with Resource("k"):
        raise KeyError("suppressed")
    print("after suppressed")
    try:
        async with Resource("f", fail_exit=True):
            raise ValueError("original")
    except RuntimeError as e:
        print("RuntimeError", e, "context:", repr(e.__context__))
    async with managed(1) as v:
        print("value", v)
    async with managed(2):
        1 / 0
    print("after zero")
    async with contextlib.AsyncExitStack() as stack:
        for i in range(3):
            await stack.enter_async_context(managed(i + 3))
        stack.push_async_callback(asyncio.sleep, 0)
        print("stack body")
    try:
        async with Resource("x") as x:
            with open("nonexistent-file-xyz") as f:
                pass
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    try:
        with Resource("sync"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
    try:
        async with managed:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
