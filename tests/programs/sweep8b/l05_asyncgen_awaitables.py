import asyncio, re, sys
def out(*p): print(*(re.sub(r"0x[0-9a-f]+", "0x?", str(x)) for x in p))
async def agen():
    yield 1
    yield 2
async def main():
    g = agen()
    out(repr(g).split(" at ")[0], g.ag_await, g.ag_code.co_name, g.ag_running)
    a = g.asend(None)
    out(type(a).__name__, repr(a).split(" at ")[0])
    out(await a)
    th = g.athrow(ValueError)
    out(type(th).__name__)
    try:
        await th
    except ValueError as e:
        out("ValueError", repr(e))
    out(await anext(g, "done"))
    try:
        g.athrow(ValueError, ValueError(), None).send(None)
    except (StopIteration, StopAsyncIteration, ValueError) as e:
        out("after close", type(e).__name__)
    g2 = agen()
    try:
        await g2.athrow(1)
    except TypeError as e:
        out("TypeError:", e)
    g3 = agen()
    await anext(g3)
    x1 = anext(g3)
    x2 = anext(g3)
    out(await x1)
    try:
        await x2
    except StopAsyncIteration:
        out("x2 hit the end")
    async def recurse():
        yield 1
    r = recurse()
    async def use_twice():
        async def inner():
            return await anext(r)
        return await asyncio.gather(inner(), inner(), return_exceptions=True)
    out(await use_twice())
    import types
    out(isinstance(g, types.AsyncGeneratorType), type(g).__name__)
    out(agen.__name__, agen().__class__.__name__)
    async def ret_in_agen():
        yield 1
        return
    out([x async for x in ret_in_agen()])
asyncio.run(main())
