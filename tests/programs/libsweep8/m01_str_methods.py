import asyncio

async def clean(line):
    await asyncio.sleep(0)
    return line.strip().replace("\t", " ").title()

async def main():
    lines = ["  hello world\t", "ÉCOLE ÉTÉ", "it's o'neil", "  "]
    print(await asyncio.gather(*(clean(l) for l in lines)))
    s = "The quick brown fox"
    print(s.split(), s.split(" ", 1), s.rsplit(" ", 1), s.partition("quick"), s.rpartition("o"), s.partition("zzz"))
    print(s.find("o"), s.rfind("o"), s.index("q"), s.count("o"), s.startswith(("A", "The")), s.endswith("fox", 0, 5), s.find("o", 13, 15))
    try:
        s.index("z")
    except ValueError as e:
        print("ValueError:", e)
    print(s.upper(), s.lower(), s.swapcase(), s.capitalize(), "ß".upper(), "ǅ".lower(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
    print(s.center(25, "*"), s.ljust(22, "."), s.rjust(22), "42".zfill(5), "-42".zfill(5), "+x".zfill(4))
    print("a,b,,c".split(","), "a b  c ".split(), "".split(","), "".split(), " a ".split(" "), "a\nb\r\nc\rd".splitlines(), "a\nb\n".splitlines(True))
    print("-".join(["a", "b"]), ", ".join(map(str, range(3))), "x".join(""), "ab" * 3, "abc"[::-1], "hello"[1:-1])
    try:
        ",".join([1, 2])
    except TypeError as e:
        print("TypeError:", e)
    print("  xx  ".lstrip(), "xxhixx".strip("x"), "www.example.com".removeprefix("www."), "file.tar.gz".removesuffix(".gz"), "aaa".replace("a", "b", 2))
    print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), " \t".isspace(), "Title Case".istitle(), "_x1".isidentifier(), "1x".isidentifier(), "ABC".isupper(), "".isupper(), "é".isascii())
    print("a\tb\tc".expandtabs(4), "tab\t".expandtabs(), "%s" % "x".encode(), "café".encode("utf-8"), "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
    t = str.maketrans({"a": "1", "b": None}); print("abcab".translate(t), "hello".translate(str.maketrans("el", "ip")), str.maketrans("ab", "xy", "c"))
    print("hello world".casefold(), "Straße".casefold(), ord("€"), chr(8364), ascii("naïve ☃"), repr("tab\there 'q' \"d\""), repr('it\'s'), repr("\x7f\x80\u200b"))
    print("{:>6}".format("ab"), "ab".__len__(), "abc" < "abd", "Z" < "a", "a" in "cat", "abc".encode().decode(), str(b"x"), str(b"caf\xc3\xa9", "utf-8"))
    for bad in [lambda: "abc"[5], lambda: "x" + 1, lambda: "abc".center(5, "ab"), lambda: "a".split(""), lambda: int("x" * 3), lambda: "abc".replace(1, 2), lambda: "x" * "y", lambda: "a".join(["b", None])]:
        try:
            bad()
        except (IndexError, TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)

asyncio.run(main())
