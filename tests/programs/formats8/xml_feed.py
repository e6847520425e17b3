# An RSS-like feed is read with ElementTree; asyncio tasks "download" each item with
# a delay from its attributes, a summary document is built and written back, and
# bad XML is reported with ParseError's position.
import asyncio
import io
import xml.etree.ElementTree as ET

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>Taskscope &amp; friends</title>
    <item delay="0.3"><title>Event loops</title><media:content url="a.png" size="120"/></item>
    <item delay="0.1"><title>Tasks &lt;3</title><media:content url="b.png" size="64"/></item>
    <item delay="0.2"><title>Futures</title><!-- no media --></item>
  </channel>
</rss>"""
NS = {"media": "http://search.yahoo.com/mrss/"}


async def download(item, log):
    await asyncio.sleep(float(item.get("delay")))
    media = item.find("media:content", NS)
    size = int(media.get("size")) if media is not None else 0
    log.append(f"{asyncio.get_running_loop().time():.1f} {item.findtext('title')} ({size} KB)")
    return item.findtext("title"), size


async def main():
    root = ET.fromstring(FEED)
    channel = root.find("channel")
    print(root.tag, root.attrib, channel.findtext("title"))
    items = channel.findall("item")
    print([i.findtext("title") for i in items], len(root.findall(".//{*}content")))
    log = []
    results = await asyncio.gather(*(download(i, log) for i in items))
    print("\n".join(log))

    summary = ET.Element("summary", total=str(sum(size for _, size in results)))
    for title, size in sorted(results, key=lambda r: r[1]):
        ET.SubElement(summary, "entry", size=str(size)).text = title
    ET.indent(summary)
    print(ET.tostring(summary, encoding="unicode"))
    print(ET.tostring(root.find(".//item[2]")))

    events = [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(FEED.encode()), events=("start", "end"))]
    print(events[:4], len(events))

    for bad in ("<rss><channel></rss>", "<a b='1' b='2'/>", "<a>&nope;</a>", "<a/><b/>"):
        try:
            ET.fromstring(bad)
        except ET.ParseError as e:
            print("ParseError:", e, e.position)

asyncio.run(main())
