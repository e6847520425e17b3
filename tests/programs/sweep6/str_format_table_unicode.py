import asyncio, unicodedata

ROWS = [("München", 1.5e6, "🇩🇪"), ("Zürich", 4.2e5, "🇨🇭"), ("São Paulo", 1.23e7, "🇧🇷"), ("東京", 1.4e7, "🇯🇵")]

async def main():
    await asyncio.sleep(0)
    for city, pop, flag in ROWS:
        print(f"|{city:<12}|{pop:>14,.0f}|{pop:>10.2e}|{len(city):>2}|{city.upper():^12}|")
    print(unicodedata.name("é"), unicodedata.normalize("NFD", "é").encode(), unicodedata.category("A"), unicodedata.numeric("½"), unicodedata.lookup("SNOWMAN"))
    s = "Crème Brûlée"
    ascii_only = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    print(ascii_only, s.encode("utf-8"), len(s.encode("utf-8")), s.encode("latin-1"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
    print(b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"abc\xff".decode("utf-8", "backslashreplace"), "ＡＢＣ".casefold(), "ǆ".title())
    try:
        b"\xff\xfe".decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    try:
        "ü".encode("ascii")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    print(sorted(["b", "A", "ä", "a", "Z"]), sorted(["b", "A", "ä", "a"], key=str.lower), "straße".upper(), "ΣΑΣ".lower(), "x\u0301".isalpha())
    print(repr("tab\there\x00\x7f\u200b"), ascii("naïve ☕"), "%-5s|" % "日本", f"{'日本':>5}|", str("\N{GREEK SMALL LETTER ALPHA}"))

asyncio.run(main())
