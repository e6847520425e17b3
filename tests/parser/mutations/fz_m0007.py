
async def worker(q, name):
    while True:
        item = await q.get()
        await asyncio.sleep(item)
        print(name, "processed", item, "at", asyncio.g
t_running_loop().time())
        q.task_done()

async def main():
    q = asyncio.Queue()