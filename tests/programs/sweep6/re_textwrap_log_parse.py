import asyncio, re, textwrap
from collections import Counter

LOG = """\
2024-01-01 10:00:01 INFO  [web] GET /index.html 200 123ms
2024-01-01 10:00:02 WARN  [db] slow query took 1500ms
2024-01-01 10:00:03 ERROR [web] POST /api/login 500 45ms
2024-01-01 10:00:04 INFO  [web] GET /about 404 12ms
2024-01-01 10:00:05 INFO  [auth] user=alice action=login ok
"""

PAT = re.compile(r"(?P<date>\S+) (?P<time>\S+) (?P<level>\w+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)")
REQ = re.compile(r"(GET|POST) (\S+) (\d{3}) (\d+)ms")

async def analyze(line):
    await asyncio.sleep(0.01)
    m = PAT.match(line)
    return m.groupdict() if m else None

async def main():
    recs = await asyncio.gather(*(analyze(l) for l in LOG.splitlines()))
    levels = Counter(r["level"] for r in recs)
    print(levels.most_common())
    for r in recs:
        m = REQ.search(r["msg"])
        if m:
            method, path, code, ms = m.groups()
            print(f"{method:<5}{path:<15}{int(code):>4}{int(ms):>6}", m.span(), m.start(2), m.group(0, 3))
    print(re.findall(r"(\w+)=(\w+)", LOG))
    print(re.sub(r"\d+ms", lambda m: f"<{int(m.group()[:-2]) / 1000:.3f}s>", LOG.splitlines()[1]))
    print(re.split(r"\s*[\[\]]\s*", LOG.splitlines()[0]))
    print(re.sub(r"(?m)^(\S+) ", r"\1T", LOG)[:60])
    print([m.group("mod") for m in PAT.finditer(LOG)])
    print(re.fullmatch(r"[a-z]+", "abc"), re.match(r"a|b", "c"), bool(re.search(r"(?i)error", LOG)))
    text = " ".join(r["msg"] for r in recs)
    print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.shorten(text, width=50, placeholder=" [...]"))
    print(textwrap.indent(textwrap.dedent("""\
        def f():
            return 1
        """), ">> "))
    print(textwrap.wrap("short", 10), textwrap.wrap("a verylongwordthatexceeds the width", 10))
    print(re.escape("a.b*c?"), re.compile(r"x+", re.I).pattern, re.I | re.M)

asyncio.run(main())
