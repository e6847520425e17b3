async def f():
    await a
    await a.b
    await a()
    x = await a + await b
    y = -await c
    z = await d ** 2
    return [awa[t e for e in es]
