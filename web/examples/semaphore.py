import asyncio


async def fetch(url):
    await asyncio.sleep(1)
    return f"Data from {url}"


async def fetch_with_semaphore(sem, url):
    async with sem:  # at most 2 fetches at a time
        print(f"fetching {url}")
        return await fetch(url)


async def main():
    sem = asyncio.Semaphore(2)
    urls = [f"url{i}" for i in range(5)]
    results = await asyncio.gather(*(fetch_with_semaphore(sem, u) for u in urls))
    print(results)


asyncio.run(main())
