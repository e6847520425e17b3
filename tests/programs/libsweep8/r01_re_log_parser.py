import asyncio, re

LINE = re.compile(r"(?P<ts>\d{2}:\d{2}:\d{2}) (?P<level>[A-Z]+) \[(?P<task>[\w-]+)\] (?P<msg>.*)")
logs = [
    "10:00:01 INFO [worker-1] started job 17",
    "10:00:02 WARNING [worker-2] retry 3/5 for job 18",
    "garbage line",
    "10:00:05 ERROR [worker-1] job 17 failed: timeout after 2.5s",
]

async def parse(line, out):
    await asyncio.sleep(0)
    m = LINE.match(line)
    if not m:
        out.append(("unparsed", line))
        return
    out.append((m.group("level"), m.groupdict()))
    print(repr(m), m.span("msg"), m.start(2), m.end(), m.lastgroup, m.lastindex)
    print(m.group(1, 3), m.groups(), m["task"], m.re.pattern[:10], m.string[:8], m.pos, m.endpos)

async def main():
    out = []
    await asyncio.gather(*(parse(l, out) for l in logs))
    for o in out:
        print(o)
    nums = re.findall(r"\d+(?:\.\d+)?", " ".join(logs))
    print(nums)
    print(re.findall(r"(\w+)-(\d)", " ".join(logs)))
    for m in re.finditer(r"job (\d+)", " ".join(logs)):
        print(m.group(0), m.group(1), m.span())
    print(re.sub(r"job (\d+)", lambda m: f"job#{int(m[1]) * 10}", logs[0]))
    print(re.sub(r"(\w+)-(\d)", r"\2_\1", logs[1]), re.subn(r"\d", "N", logs[3]))
    print(re.sub(r"(?P<h>\d\d):(?P<m>\d\d)", r"\g<m>m\g<h>h", logs[0], count=1))
    print(re.split(r"\s*[,;]\s*", "a , b;c ;d"), re.split(r"(,)", "a,b,c", maxsplit=1), re.split(r"x*", "axbc"))
    print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.search(r"^b", "a\nb", re.M))
    print(re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").groups("-"), re.match(r"(?:x)?(y)?", "").group(1))
    print(re.escape("a.b*c?d[e] f"), re.compile(r"ab", re.I | re.S), re.compile("x").flags, re.I, re.I | re.M)
    print(repr(re.compile(r"\d+\s")), re.compile(r"(?P<a>x)(y)").groupindex, re.compile(r"(x)(y)").groups)

asyncio.run(main())
