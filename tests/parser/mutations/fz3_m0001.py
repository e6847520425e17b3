async def failing():
    await asyncio.sleep(0.1)
    raise:= KeyError("inside")

async def main():
    try:
        awaa.syncio.shield(failing())
    except KeyError as e:
        print("shield propagated", repr(e))
