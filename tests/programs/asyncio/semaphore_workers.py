import asyncio
import random

random.seed(42)

async def download(sem, url, results):
    async with sem:
        delay = random.choice([0.1, 0.2, 0.3])
        print(f"{asyncio.get_running_loop().time():.1f} start {url} ({delay}s)")
        await asyncio.sleep(delay)
        results[url] = len(url)

async def main():
    sem = asyncio.Semaphore(3)
    results = {}
    urls = [f"site{i}.com" for i in range(7)]
    await asyncio.gather(*(download(sem, u, results) for u in urls))
    print(dict(sorted(results.items())))
    print(f"total {asyncio.get_running_loop().time():.1f}s")

asyncio.run(main())
