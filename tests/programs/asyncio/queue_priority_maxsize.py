import asyncio

async def producer(q):
    for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2")]:
        await q.put((prio, job))
        print(f"{asyncio.get_running_loop().time():.1f} queued {job} (size {q.qsize()})")

async def consumer(q):
    for _ in range(4):
        await asyncio.sleep(1)
        prio, job = await q.get()
        print(f"{asyncio.get_running_loop().time():.1f} handled {job} p{prio}")
        q.task_done()

async def main():
    q = asyncio.PriorityQueue(maxsize=2)
    await asyncio.gather(producer(q), consumer(q))
    await q.join()
    print("joined, empty:", q.empty())

asyncio.run(main())
