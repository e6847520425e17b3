import asyncio, unicodedata

WORDS = ["café", "naïve", "日本語", "Straße", "ǅemal", "ﬁne", "Ωmega", "e\u0301"]

async def analyse(w):
    await asyncio.sleep(0)
    return (w, len(w), w.upper(), w.lower(), w.title(), w.casefold(), w.isalpha(), w.encode("utf-8"), ascii(w))

async def main():
    for row in await asyncio.gather(*(analyse(w) for w in WORDS)):
        print(row)
    print(unicodedata.normalize("NFC", "e\u0301") == "é", len(unicodedata.normalize("NFD", "é")), unicodedata.name("é"), unicodedata.category("Ω"), unicodedata.lookup("SNOWMAN"))
    print(f"{'日本':>6}|", f"{'é':^5}|", "x".center(4, "é"), "%-6s|" % "Ωm", "ǅ".istitle(), "Ⅻ".isnumeric(), "٣".isdecimal(), int("٣٤"), float("١.٥"))
    print(sorted(["b", "A", "é", "e", "Z", "z"]), sorted(["b", "A", "é", "e"], key=str.casefold), "é" > "z", min("hello"), max("Straße"))
    print("a😀b"[1], len("a😀b"), "😀".encode("utf-16-le"), "abc".encode("utf-32")[:4], "x\u2028y".splitlines(), "tab\u00a0nbsp".split(), "\u3000x\u3000".strip())
    print(repr("\u00ad \u200d \ufeff \U0001f600 \x1b"), str("\ud800".encode("utf-8", "surrogatepass")), "\N{GREEK SMALL LETTER ALPHA}")
    print("ß".upper(), "ß".casefold(), "ﬀ".upper(), "İstanbul".lower(), "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
    print(b"caf\xc3\xa9".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("utf-8", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
    try:
        b"\xff\xfe".decode("utf-8")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    try:
        "é".encode("ascii")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)

asyncio.run(main())
