    try:
     	   await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at {asyncio.get_running_loop().time()}")
        raise

async def failing():
    await asyncio.sleep(1)
    raise RuntimeError("boom")