        pass
    async with e, f as g:
        pass
    return await h()
async def g(): pass
@d@ec
async     def h(): pass
async def i():
    async for x in y:
        pass