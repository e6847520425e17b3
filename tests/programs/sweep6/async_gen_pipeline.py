import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def squares(src):
    async for x in src:
        yield x * x

async def take(src, n):
    i = 0
    async for x in src:
        if i >= n:
            break
        yield x
        i += 1

async def countdown(n):
    try:
        while n:
            yield n
            n -= 1
    finally:
        print("countdown finalized at", n)

class AsyncRange:
    def __init__(self, n):
        self.n, self.i = n, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

async def main():
    print([x async for x in squares(ticker(5, 0.1))])
    print([x async for x in take(squares(ticker(100, 0.01)), 4)])
    print({x: x % 2 == 0 async for x in AsyncRange(4)})
    print([x async for x in AsyncRange(6) if x % 2])
    g = countdown(5)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    print(await anext(countdown(0), "empty"))
    gen = ticker(3, 0.1)
    print(await gen.asend(None))
    try:
        await gen.athrow(ValueError("inject"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted")
    async def echo():
        received = None
        while True:
            received = yield f"got {received}"
    e = echo()
    print(await e.asend(None), await e.asend(1), await e.asend("two"))
    await e.aclose()
    total = sum([v async for v in AsyncRange(10)])
    print(total, [await asyncio.sleep(0, i) for i in range(3)])
    agens = [countdown(2) async for _ in AsyncRange(1)]
    print(type(agens[0]).__name__)

asyncio.run(main())
