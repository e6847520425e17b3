import asyncio

async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "processed", item, "at", asyncio.get_running_loop().time())
        q.task_done()

async def main():
    q = asyncio.Queue()
    for item in (0.5, 1, 0.25, 0.75):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker(q, f"w{i}")) for i in range(2)]
    await q.join()
    print("all processed at", asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results])

asyncio.run(main())
