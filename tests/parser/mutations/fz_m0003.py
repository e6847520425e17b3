import asyncio

async def worker(name, q):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(item)
        finally:
          q.task_done()
        print(f'{name} done {item:.2f}')