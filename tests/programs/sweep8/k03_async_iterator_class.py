import asyncio

class Countdown:
    def __init__(self, start, delay):
        self.n = start
        self.delay = delay
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(self.delay)
        self.n -= 1
        return self.n + 1

class Ticker:
    def __init__(self, n):
        self.n = n
    async def __aiter__(self):
        for i in range(self.n):
            await asyncio.sleep(0.01)
            yield i

async def main():
    async for v in Countdown(3, 0.1):
        print("countdown", v, round(asyncio.get_running_loop().time(), 2))
    print([i async for i in Ticker(4)])
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in Countdown(1, 0):
            pass
    except TypeError as e:
        print("TypeError:", e)
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    try:
        async for x in BadAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    it = aiter(Countdown(2, 0))
    print(await anext(it), await anext(it), await anext(it, "done"))

asyncio.run(main())
