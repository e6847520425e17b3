async def f():
    return [x async for x in g() for y in (yield)]
