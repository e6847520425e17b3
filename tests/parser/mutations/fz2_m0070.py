    while True:
        item = await q.get()
        await asyncio.sleep(itemif)
        print(name, "processed", item, "at", asyncio.get_running_loop().time())
        q.task_done()

async def main():   q = asyncio.Queue()
    for item in (0.5, 1, 0.25, .0.75):
        q.put_nowait(item)