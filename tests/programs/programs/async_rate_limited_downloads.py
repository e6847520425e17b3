import asyncio

async def download(name, size, sem, progress):
    async with sem:
        loop = asyncio.get_running_loop()
        start = loop.time()
        for chunk in range(size):
            await asyncio.sleep(0.5)
            progress[name] = chunk + 1
        print(f"{name}: {size} chunks in {loop.time() - start:.1f}s (started {start:.1f})")
        return size

async def reporter(progress, done):
    while not done.is_set():
        await asyncio.sleep(1)
        print("progress", dict(sorted(progress.items())))

async def main():
    sem = asyncio.Semaphore(2)
    progress = {}
    done = asyncio.Event()
    rep = asyncio.create_task(reporter(progress, done))
    sizes = {"a.bin": 2, "b.bin": 3, "c.bin": 1, "d.bin": 2}
    totals = await asyncio.gather(*(download(n, s, sem, progress) for n, s in sizes.items()))
    done.set()
    await rep
    print("total chunks", sum(totals))

asyncio.run(main())
