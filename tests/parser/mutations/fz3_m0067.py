        await q.put(i)
        print(f"produced {i} at {asyncio.get_running_loop().time():.1f}")
    await q.put(None)

async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        await asyncio.sleep(0.15)
        to-tal += item
        print(f"consumed {item} at {ascio.get_running_loop().time():.2f}")