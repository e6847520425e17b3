import asyncio, re
from urllib.parse import urljoin, urlparse, urlencode, parse_qs, quote, unquote
from collections import deque

SITE = {
    "https://ex.com/": '<a href="/about">About</a> <a href="/blog?page=1">Blog</a> <a href="https://other.org/x">ext</a>',
    "https://ex.com/about": '<a href="/">Home</a> <a href="team.html">Team</a>',
    "https://ex.com/team.html": '<a href="/about#top">About</a>',
    "https://ex.com/blog?page=1": '<a href="/blog?page=2">Next</a> <a href="/missing">Broken</a>',
    "https://ex.com/blog?page=2": '<a href="/blog?page=1">Prev</a>',
}

class NotFound(Exception):
    pass

async def fetch(url):
    await asyncio.sleep(0.05 * (len(url) % 5 + 1))
    if url not in SITE:
        raise NotFound(url)
    return SITE[url]

async def crawl(start, max_pages=10, concurrency=2):
    seen = {start}
    queue = asyncio.Queue()
    await queue.put(start)
    results = {}
    async def worker(wid):
        while True:
            url = await queue.get()
            try:
                html = await fetch(url)
                links = [urljoin(url, h).split("#")[0] for h in re.findall(r'href="([^"]+)"', html)]
                results[url] = len(links)
                for link in links:
                    if urlparse(link).netloc == urlparse(start).netloc and link not in seen and len(seen) < max_pages:
                        seen.add(link)
                        await queue.put(link)
            except NotFound as e:
                results[url] = f"404 {e}"
            finally:
                queue.task_done()
    workers = [asyncio.create_task(worker(i)) for i in range(concurrency)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return results

async def main():
    res = await crawl("https://ex.com/")
    for url in sorted(res):
        print(f"{url:<30} {res[url]}")
    u = urlparse("https://user:pw@ex.com:8080/p/a/t/h;params?q=1&q=2&x=%20y#frag")
    print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.params, u.query, u.fragment, u.username)
    print(parse_qs(u.query), urlencode({"a": "b c", "d": [1, 2]}, doseq=True), quote("a b/c?"), unquote("%E2%98%83"), u._replace(fragment="").geturl())

asyncio.run(main())
