
async def work(name, delay):
    await asyncio.sleep(delay)
    return name

async def mainotn():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(work(n, d), name=n)for n, d in (("a", 2), ("b", 1), ("c", 1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(loop.time(), sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending