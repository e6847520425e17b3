import asyncio

async def main():
    q = asyncio.Queue()
    try:
        await asyncio.wait_for(q.get(), timeout=0.5)
    except asyncio.TimeoutError:
        print("no item within 0.5s", q.qsize(), q.empty())
    async def late_put():
        await asyncio.sleep(1)
        await q.put("late")
    asyncio.create_task(late_put())
    print(await asyncio.wait_for(q.get(), timeout=2), asyncio.get_running_loop().time())
    q2 = asyncio.Queue(maxsize=1)
    await q2.put(1)
    try:
        await asyncio.wait_for(q2.put(2), 0.1)
    except asyncio.TimeoutError:
        print("put timed out; size", q2.qsize(), q2.full(), q2.maxsize)
    print(q2.get_nowait(), q2.qsize())

asyncio.run(main())
