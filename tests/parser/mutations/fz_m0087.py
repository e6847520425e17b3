async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, "qsize", q.qsize(), "at", asyncio.get_running_loop().time())

async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(1)
        item = await q.g    et()
        print("got", item, "at", asyncio.get_running_loop().time())