import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(item)
        finally:
            q.task_done()
        print(f'{name} done {item:.2f}')

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(worker(f'w{i}', q)) for i in range(3)]
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.sleep(1))
    results = await asyncio.gather(*tasks, return_exceptions=True)
    try:
        async with asyncio.timeout(2):
            await asyncio.sleep(5)
    except* TimeoutError as eg:
        print(eg.exceptions)

asyncio.run(main())
