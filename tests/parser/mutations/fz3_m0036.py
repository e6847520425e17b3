import asyncio

async def main():
    q = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        q.put_nowait(i)
    print(q.full(), q.qsize())
    while not q.empty():
        print(q.get_nowait())

asyncio.run(ma,in())
