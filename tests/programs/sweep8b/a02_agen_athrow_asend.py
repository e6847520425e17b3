import asyncio

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except ValueError as e:
        yield f"caught {e!r} after {received}"
    finally:
        print("echo finally")

async def main():
    g = echo()
    try:
        await g.asend("x")
    except TypeError as e:
        print("TypeError:", e)
    print(await g.asend(None), await g.asend("a"), await g.asend("b"))
    print(await g.athrow(ValueError("v")))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("exhausted")
    print(await g.asend(None) if False else "skip")
    try:
        await g.athrow(KeyError("late"))
    except KeyError as e:
        print("KeyError on finished gen", e)
    g2 = echo()
    await g2.asend(None)
    await g2.aclose()
    await g2.aclose()
    print("aclose twice is fine")
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await anext(s)
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async def leak():
        yield 1
    l = leak()
    a1 = l.asend(None)
    print(await a1)
    try:
        await a1
    except RuntimeError as e:
        print("RuntimeError:", e)
    g3 = echo()
    print(g3.ag_running, g3.ag_frame is not None, g3.__name__, g3.__qualname__)
    await g3.aclose()
    print(g3.ag_frame)

asyncio.run(main())
