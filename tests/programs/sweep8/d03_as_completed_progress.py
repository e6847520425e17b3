import asyncio

async def download(url, size):
    await asyncio.sleep(size / 10)
    if size == 3:
        raise ConnectionError(url)
    return url, size

async def main():
    urls = {"a.com": 5, "b.org": 2, "c.net": 3, "d.io": 1}
    coros = [download(u, s) for u, s in urls.items()]
    got = 0
    for i, fut in enumerate(asyncio.as_completed(coros), 1):
        try:
            url, size = await fut
            got += size
            print(f"{i}/{len(urls)} {url} ({size}) t={asyncio.get_running_loop().time():.1f}")
        except ConnectionError as e:
            print(f"{i}/{len(urls)} failed: {e!r}")
    print("total", got)
    try:
        for fut in asyncio.as_completed([download("slow", 9)], timeout=0.5):
            await fut
    except TimeoutError as e:
        print("as_completed timeout", type(e).__name__)
    await asyncio.sleep(1)
    print(len(asyncio.all_tasks()))

asyncio.run(main())
