import asyncio, re

TOKEN = re.compile(r"""
    (?P<NUMBER>\d+(\.\d*)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/()=])
  | (?P<WS>\s+)
  | (?P<BAD>.)
""", re.VERBOSE)

async def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        await asyncio.sleep(0)
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "BAD":
            raise SyntaxError(f"unexpected {m.group()!r} at {m.start()}")
        out.append((kind, m.group()))
    return out

async def main():
    srcs = ["x = 3.5 * (y + 42)", "total=a+b/2", "oops $ here"]
    res = await asyncio.gather(*(tokenize(s) for s in srcs), return_exceptions=True)
    for s, r in zip(srcs, res):
        print(s, "->", r)
    print(TOKEN.groupindex)
    email = re.compile(r"^(?P<user>[\w.+-]+)@(?P<host>[\w-]+(?:\.[\w-]+)+)$")
    for e in ["ada@example.com", "bad@", "x.y+z@sub.domain.org", "no at.com"]:
        m = email.match(e)
        print(e, m and m.groupdict())
    date_re = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
    print(date_re.sub(r"\3/\2/\1", "from 2024-01-05 to 2024-02-10"))
    print(date_re.sub(lambda m: "-".join(reversed(m.groups())), "2024-01-05"))
    print(re.findall(r"\b\w{5}\b", "these words have five chars maybe"), re.findall(r"(?<!\d)\d{2}(?!\d)", "1 22 333 44"))
    print(re.split(r"(?<=[.!?])\s+", "Hi. How are you? Fine!"), re.sub(r"(\w)\1", r"<\1\1>", "bookkeeper"))
    print(re.match(r"(?P<a>a)(?P=a)", "aa"), re.search(r"colou?r", "The color"), re.search(r"\d+", "abc"))
    print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "asynchronous"), re.subn(r"\s", "", " a b c "))
    print(re.findall(r"[^\W\d_]+", "ab12cd_ef"), re.match(r"\A\s*\Z", "   ") is not None, re.findall(r"\S+", " x  y\tz\n"))
    print(repr(re.compile(r"a", re.I | re.M | re.X)), repr(re.compile(b"ab")), re.compile(r"x", re.A).flags)
    print(re.sub(r"\\", "/", r"C:\dir\file"), re.sub("(?i)HELLO", "bye", "Hello hello"))
    m = re.match(r"(\w+) (\w+)?", "one ")
    print(m.groups(), m.group(2), m.span(2), m.start(2))

asyncio.run(main())
