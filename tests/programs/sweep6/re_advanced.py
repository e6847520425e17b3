import asyncio, re

async def main():
    m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "date: 2024-03-15")
    print(m, repr(m), m.group("year"), m["mon"], m.groups(), m.lastgroup, m.lastindex, m.re.pattern, m.string, m.pos)
    print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "2024-03 and 1999-12"), re.subn(r"a", "A", "banana"))
    print(re.split(r"(,)\s*", "a, b,c"), re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"x*", "axbc"))
    pat = re.compile(r"""
        ^(?P<user>[\w.]+)   # user
        @(?P<host>[\w.-]+)$  # host
    """, re.VERBOSE)
    for e in ["a.b@x.com", "bad@", "joe@my-host.org"]:
        mm = pat.match(e)
        print(e, mm and mm.groupdict())
    print(re.findall(r"(?<=\$)\d+", "cost $30 and $45"), re.findall(r"\b\w+(?=ing\b)", "singing and dancing"), re.findall(r"(\w)\1", "aabbcd"))
    print(re.findall(r"a.c", "abc a\nc", re.S), re.findall(r"^\w", "x\ny", re.M), re.search(r"(?i)HELLO", "say hello").group())
    print(re.compile(r"\d+").findall("1 22 333", 2), re.compile("a").flags, re.compile(r"(a)(b)?").groups, re.compile(r"(?P<n>x)").groupindex)
    print([m.span() for m in re.finditer(r"o", "foo boo")], re.sub(r"\s+", " ", "a   b \t\n c"), re.sub("", "-", "abc"))
    print(re.match(r"(a|b)*c", "ababc").group(1), re.match(r"(\d+)?x", "x").group(1), re.match(r"(\d+)?x", "x").groups("none"))
    print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\d", lambda m: str(int(m[0]) * 2), "a1b2c9"))
    print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.search(r"^$", ""), re.findall(r"[^\W\d_]+", "ab1_cd"))
    print(re.findall(r"\d+\.?\d*", "3.14 and 42 and 7."), re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])", "HTTPServerError"))
    try:
        re.compile("(unclosed")
    except re.error as e:
        print("re.error:", e, e.pos)
    print(re.match(r"(?:ab)+", "ababx").end(), re.search(r"a{2,3}?", "aaaa").group(), re.search(r"a++", "aaa") if hasattr(re, "NOFLAG") else "")
    print(re.sub(r"(?m)^", "> ", "l1\nl2"), re.escape("1+1=2"), re.findall(r"\bcat\b", "cat concat cat."), re.ASCII, re.IGNORECASE | re.DOTALL)
    print(re.search(r"(?P<a>x)(?P=a)", "axxb").span(), re.match(r"[\u00e9\w]+", "école").group(), re.findall(r"(?x) a  b # c", "ab ab"))
    await asyncio.sleep(0)

asyncio.run(main())
