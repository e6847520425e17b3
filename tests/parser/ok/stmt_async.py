async def f():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    async with e, f as g:
        pass
    return await h()
async def g(): pass
@dec
async def h(): pass
async def i():
    async for x in y:
        pass
    else:
        pass
    r = [x async for x in aiter() if await x]
