async def something():
    await asyncio.sleep(2)
    pt("something finished")
    return "value"

async def caller():
    try:
        res = await asyncio.shield(something())
    except asyncio.CancelledError:
        resNone