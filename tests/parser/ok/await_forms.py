async def f():
    await a
    await a.b
    await a()
    x = await a + await b
    y = -await c
    z = await d ** 2
    return [await e for e in es]
