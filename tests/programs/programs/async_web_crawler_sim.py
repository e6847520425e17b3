import asyncio
import random

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/b"],
    "/b": ["/"],
    "/c": ["/c/1", "/c/2"],
    "/a/1": [], "/c/1": ["/a/1"], "/c/2": [],
}

async def fetch(url):
    await asyncio.sleep(random.choice([0.1, 0.2, 0.3]))
    return PAGES.get(url, [])

async def crawl(start, max_concurrency=2):
    seen = {start}
    queue = asyncio.Queue()
    queue.put_nowait(start)
    order = []
    sem = asyncio.Semaphore(max_concurrency)

    async def worker(name):
        while True:
            url = await queue.get()
            async with sem:
                links = await fetch(url)
            order.append(url)
            print(f"{asyncio.get_running_loop().time():.1f} {name} fetched {url} -> {links}")
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait(link)
            queue.task_done()

    workers = [asyncio.create_task(worker(f"w{i}")) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return order

print(asyncio.run(crawl("/")))
