import asyncio, random

PAGES = {"/": ["/a", "/b"], "/a": ["/c", "/"], "/b": ["/c", "/d"], "/c": [], "/d": ["/e", "/missing"], "/e": ["/"]}

async def fetch(path, sem, stats):
    async with sem:
        stats["active"] += 1
        stats["peak"] = max(stats["peak"], stats["active"])
        await asyncio.sleep(random.uniform(0.05, 0.2))
        stats["active"] -= 1
        if path not in PAGES:
            raise LookupError(f"404 {path}")
        return PAGES[path]

async def crawl(start):
    sem = asyncio.Semaphore(2)
    stats = {"active": 0, "peak": 0}
    seen = {start}
    frontier = [start]
    order = []
    while frontier:
        results = await asyncio.gather(*(fetch(p, sem, stats) for p in frontier), return_exceptions=True)
        nxt = []
        for p, r in zip(frontier, results):
            if isinstance(r, Exception):
                print("error", p, r)
                continue
            order.append(p)
            for link in r:
                if link not in seen:
                    seen.add(link)
                    nxt.append(link)
        frontier = nxt
    return order, stats

async def main():
    order, stats = await crawl("/")
    print(order, stats, f"{asyncio.get_running_loop().time():.3f}")

asyncio.run(main())
