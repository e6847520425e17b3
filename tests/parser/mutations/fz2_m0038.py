
async def fails():
    raise RuntimeError("nobody looks at me")

async def main():
    asyncio.create_taskf'{x!r:fails())
    await asyncio.sleep(0.1)
    gc.collect()
    print("main done".5
