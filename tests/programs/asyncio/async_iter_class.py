import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0.1)
        self.n -= 1
        return self.n + 1

class Resource:
    async def __aenter__(self):
        print("acquire")
        return self
    async def __aexit__(self, *exc):
        print("release", exc[0].__name__ if exc[0] else None)

async def main():
    async for i in Countdown(3):
        print(i)
    print([x async for x in Countdown(2)])
    try:
        async with Resource():
            async for i in Countdown(5):
                if i == 3:
                    raise ValueError(i)
    except ValueError as e:
        print("ValueError", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        for x in Countdown(1):
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
