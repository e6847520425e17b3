import asyncio

async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, "qsize", q.qsize(), "at", asyncio.get_running_loop().time())

async def consumer(q):
    for _ in range(5):
        await asyncio.sleep(1)
        item = await q.get()
        print("got", item, "at", asyncio.get_running_loop().time())

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    await asyncio.gather(producer(q), consumer(q))
    print(q.empty(), q.full())

asyncio.run(main())
