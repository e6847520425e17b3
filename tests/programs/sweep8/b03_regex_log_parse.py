import asyncio, re
from collections import Counter, defaultdict

LOG = """\
2024-01-01 10:00:01 INFO  user=alice action=login ip=10.0.0.1
2024-01-01 10:00:05 WARN  user=bob action=fail ip=10.0.0.2
2024-01-01 10:01:00 ERROR user=bob action=fail ip=10.0.0.2
garbage line here
2024-01-01 10:02:30 INFO  user=alice action=logout ip=10.0.0.1
"""
PAT = re.compile(r"^(?P<date>\S+) (?P<time>[\d:]+) (?P<lvl>[A-Z]+)\s+(?P<rest>.*)$")

async def parse_line(line):
    await asyncio.sleep(0)
    m = PAT.match(line)
    if not m:
        raise ValueError(f"bad line: {line!r}")
    kv = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
    return m.group("lvl"), kv

async def main():
    results = await asyncio.gather(*(parse_line(l) for l in LOG.splitlines()), return_exceptions=True)
    levels = Counter()
    by_user = defaultdict(list)
    for r in results:
        if isinstance(r, Exception):
            print("skip:", r)
            continue
        lvl, kv = r
        levels[lvl] += 1
        by_user[kv["user"]].append(kv["action"])
    print(levels.most_common(), dict(by_user))
    print(re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
    print(re.split(r"[\s=]+", "a = b  c=d"), re.fullmatch(r"\d{3}", "123"), re.search("z", "abc"))
    m = re.match(r"(\w+)@(\w+)\.com", "joe@site.com")
    print(m.groups(), m.span(2), m.group(0, 1), m)
    print(re.escape("a.b*c"), [m.start() for m in re.finditer("a", "banana")])
    try:
        re.compile("(unclosed")
    except re.error as e:
        print("re.error:", e)

asyncio.run(main())
