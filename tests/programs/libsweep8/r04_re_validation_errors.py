import asyncio, re

RULES = {
    "username": r"[a-z_][a-z0-9_]{2,15}",
    "zip": r"\d{5}(-\d{4})?",
    "hex": r"#?(?P<rgb>[0-9a-fA-F]{6}|[0-9a-fA-F]{3})",
    "broken": r"(?P<x>[a-z]+",
}

async def validate(field, value):
    await asyncio.sleep(0)
    try:
        pat = re.compile(RULES[field])
    except re.error as e:
        return field, value, f"rule error: {e.msg} at {e.pos} in {e.pattern!r}"
    m = pat.fullmatch(value)
    return field, value, (m.groupdict() or m.group()) if m else None

async def main():
    checks = [("username", "ann_01"), ("username", "9lives"), ("zip", "12345-6789"), ("zip", "1234"),
              ("hex", "#a1B2c3"), ("hex", "fff"), ("hex", "#ggg"), ("broken", "abc")]
    for r in await asyncio.gather(*(validate(f, v) for f, v in checks)):
        print(r)
    text = "Call 555-1234 or (555) 987-6543; fax 555.000.1111"
    print(re.findall(r"\(?\d{3}\)?[-.\s]?\d{3}[-.]\d{4}|\d{3}-\d{4}", text))
    print([m.span() for m in re.finditer(r"\d{3}", text)][:4], re.search(r"(\d+)\D+(\d+)", text).groups())
    print(re.sub(r"(?P<area>\d{3})[-.](?P<num>\d{4})\b", r"[\g<num>]", text))
    def repl(m):
        return m.group(0)[::-1]
    print(re.sub(r"\w+", repl, "hello big world", count=2), re.sub(r"a|(b)", lambda m: str(m.group(1)), "ab"))
    p = re.compile(r"\s+")
    print(p.split("  a  b   c "), p.sub("_", " x y "), p.pattern, p.flags & re.UNICODE != 0, p.search("ab") is None)
    print(re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+", "parseHTTPResponse2Fast"), re.sub(r"(?<!^)(?=[A-Z])", "_", "CamelCaseName").lower())
    for pat, s in [(r"^$", ""), (r"a{,2}", "aaa"), (r"a{2}", "aaa"), (r"[]a]", "]"), (r"\bcat\b", "concat cat"), (r"(?s:.)", "\n")]:
        print(repr(pat), [m.group() for m in re.finditer(pat, s)])
    for bad in [r"a{1,2", r"(?<n>x)", r"[\d-z]", r"(?P=missing)", r"\k", r"x{99999999999}", "(" * 3]:
        try:
            re.compile(bad)
            print("ok", bad)
        except re.error as e:
            print(repr(bad), "->", e)
        except OverflowError as e:
            print(repr(bad), "OverflowError", e)

asyncio.run(main())
