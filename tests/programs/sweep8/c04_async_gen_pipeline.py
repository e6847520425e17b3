import asyncio

async def numbers(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("numbers closed")

async def squares(src):
    async for x in src:
        yield x * x

async def take(src, k):
    out = []
    async for v in src:
        out.append(v)
        if len(out) == k:
            break
    return out

async def main():
    print(await take(squares(numbers(10)), 3))
    print([x async for x in numbers(4) if x % 2])
    print({x: x * 2 async for x in numbers(3)})
    gen = numbers(5)
    print(await gen.__anext__(), await anext(gen), await anext(gen, None))
    await gen.aclose()
    print(await anext(gen, "exhausted"))
    try:
        await anext(gen)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    agen = squares(numbers(2))
    print(type(agen).__name__, agen.__name__, agen.ag_running)
    print(await take(agen, 5))
    async def echo():
        received = None
        while True:
            received = yield f"got {received}"
    e = echo()
    print(await e.asend(None), await e.asend(1), await e.asend("x"))
    try:
        await e.athrow(ValueError("stop"))
    except ValueError as err:
        print("athrow:", err)
    try:
        for _ in numbers(1):
            pass
    except TypeError as err:
        print("TypeError:", err)

asyncio.run(main())
