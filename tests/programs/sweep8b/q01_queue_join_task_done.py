import asyncio

async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    for i in range(3):
        q.put_nowait(i)
    print(q, q.qsize(), q.empty(), q.full())
    done = []
    async def worker(name):
        while True:
            item = await q.get()
            await asyncio.sleep(0.1 * (item + 1))
            done.append((name, item))
            q.task_done()
    ws = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await q.join()
    print("joined", done, asyncio.get_running_loop().time())
    for w in ws:
        w.cancel()
    res = await asyncio.gather(*ws, return_exceptions=True)
    print([type(r).__name__ for r in res])
    try:
        q.task_done()
    except ValueError as e:
        print("again:", e)
    await q.join()
    print("join on empty returns at once")
    print(repr(q).split(" at ")[0])

asyncio.run(main())
