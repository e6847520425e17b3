# A small crawler: "fetching" pages is simulated with asyncio.sleep, each page is
# parsed with html.parser (fed in chunks, as a network reader would), and links found
# are followed up to a depth, by a few worker tasks sharing a queue.
import asyncio
from html.parser import HTMLParser

SITE = {
    "/": '<!DOCTYPE html><html><head><title>Home &amp; more</title></head><body>'
         '<a href="/a">A</a> <a href=\'/b\' class=nav>B</a><!-- hidden <a href="/x"> --></body></html>',
    "/a": "<p>Page A &copy; 2024</p><a href=/c>C</a><a name=anchor>no href</a><br/>",
    "/b": "<script>var s = '<a href=\"/nope\">';</script><a HREF=\"/a\">back</a><img src=b.png />",
    "/c": "<div><p>deep &#8212; end</p><a href=\"/\">home</a></div>",
}


class PageReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.text, self.title, self._in_title = [], [], None, False

    def handle_starttag(self, tag, attrs):
        if tag == "a" and dict(attrs).get("href"):
            self.links.append(dict(attrs)["href"])
        self._in_title = tag == "title"

    def handle_startendtag(self, tag, attrs):
        self.text.append(f"[{tag} {dict(attrs)}]")

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title = data
        elif data.strip():
            self.text.append(data.strip())


async def fetch(path):
    await asyncio.sleep(0.1 * len(path))
    return SITE[path]


async def worker(name, queue, seen, report):
    while True:
        path, depth = await queue.get()
        try:
            page = await fetch(path)
            reader = PageReader()
            for start in range(0, len(page), 16):
                reader.feed(page[start:start + 16])
                await asyncio.sleep(0)
            reader.close()
            report.append((name, path, reader.title, reader.text, reader.links, reader.getpos()))
            for link in reader.links:
                if link not in seen and depth < 3:
                    seen.add(link)
                    queue.put_nowait((link, depth + 1))
        finally:
            queue.task_done()


async def main():
    queue, seen, report = asyncio.Queue(), {"/"}, []
    queue.put_nowait(("/", 0))
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, report)) for i in range(2)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for entry in report:
        print(*entry)
    print(sorted(seen))

asyncio.run(main())
