import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n

async def agen():
    yield "a"
    yield "b"

async def main():
    it = aiter(Ticker(2))
    print(await anext(it), await anext(it))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    g = agen()
    print(await anext(g), await anext(g), await anext(g, None))
    for bad in (1, [1, 2], "s"):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        anext(Ticker(1), 1, 2)
    except TypeError as e:
        print("TypeError:", e)
    aw = anext(agen(), "d")
    print(type(aw).__name__ in ("anext_awaitable", "async_generator_asend"), asyncio.iscoroutine(aw))
    print(await aw)
    print([x async for x in Ticker(3)])
    async def collect():
        return [x async for x in agen() if x != "a"]
    print(await collect())
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
