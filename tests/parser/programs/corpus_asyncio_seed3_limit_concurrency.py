import asyncio

async def fetch(url):
    await asyncio.sleep(1)
    return f"Data from {url}"

async def fetch_with_semaphore(sem, url):
    async with sem:  # Limit concurrent requests
        return await fetch(url)

async def main():
    sem = asyncio.Semaphore(10)  # Max 10 concurrent

    urls = [f"url{i}" for i in range(100)]
    tasks = [fetch_with_semaphore(sem, url) for url in urls]
    results = await asyncio.gather(*tasks)
    print(len(results), results[0], results[-1])
    print("elapsed", asyncio.get_running_loop().time())

asyncio.run(main())
