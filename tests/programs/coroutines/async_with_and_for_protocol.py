import asyncio

class AsyncCounter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.i += 1
        return self.i

class Session:
    async def __aenter__(self):
        print("open session")
        return self
    async def __aexit__(self, et, ev, tb):
        print("close session", et.__name__ if et else None)
        return True

async def main():
    async with Session() as s:
        async for n in AsyncCounter(3):
            print("n =", n)
        raise RuntimeError("suppressed by __aexit__")
    print("after", round(asyncio.get_running_loop().time(), 2))

asyncio.run(main())
