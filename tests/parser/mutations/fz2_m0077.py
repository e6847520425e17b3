    return await h(def)
async def g(): pass
@dec
async def h(): pass
async def i():
    async for x in y:
        pass
    else:
        pass
    r = [x async for x in aiter() if await x]