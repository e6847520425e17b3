import asyncio

async def fetch(url):
    await asyncio.sleep(len(url) / 100)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return url.upper()

async def crawl(urls):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch(u)) for u in urls]
    return [t.result() for t in tasks]

async def main():
    print(await crawl(["a.com", "b.org"]))
    async with asyncio.TaskGroup() as outer:
        outer.create_task(crawl(["ok.com", "bad.net"]))
        outer.create_task(crawl(["bad.io"]))

asyncio.run(main())
