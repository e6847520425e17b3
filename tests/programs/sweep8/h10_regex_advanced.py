import asyncio, re

async def extract(text):
    await asyncio.sleep(0)
    return {
        "emails": re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", text),
        "dates": [m.groupdict() for m in re.finditer(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", text)],
        "money": re.findall(r"\$(\d+(?:\.\d\d)?)", text),
    }

async def main():
    text = "Contact ann.lee+work@mail.example.com or bob@x.io on 2024-01-15; paid $12.50 and $7 by 2024-02-01."
    print(await extract(text))
    p = re.compile(r"(?i)(?P<word>\b\w+\b)\s+(?P=word)")
    print(p.findall("the The cat sat on on the mat"), p.pattern, p.flags & re.I != 0, p.groupindex)
    print(re.sub(r"(\w+)@(\w+)", lambda m: f"{m[2]}@{m[1]}", "a@b c@d"), re.subn("a", "A", "banana"))
    print(re.split(r"(,)", "a,b,c", maxsplit=1), re.findall(r"(a)(b)?", "ab a"), re.sub(r"^\s+|\s+$", "", "  hi  "))
    print(re.match(r"(?s).+", "a\nb").group(), re.findall(r"^\w", "ab\ncd", re.M), re.search(r"(?<=\$)\d+", "cost $45").group())
    print(re.fullmatch(r"[A-Z]{2}\d{4}", "AB1234") is not None, re.findall(r"\d+?", "123"), re.findall(r"a{2,3}", "aaaaaaa"))
    m = re.search(r"(\d+)-(\d+)?", "10-")
    print(m.groups(), m.groups("x"), m.lastindex, m.expand(r"\1/\1"), m.string, m.re.pattern)
    print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"), re.escape("1+1=2?"))
    print(re.compile(r"\d").sub("#", "a1b22", count=2), bool(re.compile("x", re.VERBOSE)), re.findall(r"[^\W\d_]+", "ab_12cd"))
    for bad in ("[a-", "(?P<1>x)", "a**", r"\k"):
        try:
            re.compile(bad)
        except re.error as e:
            print("re.error:", e)

asyncio.run(main())
