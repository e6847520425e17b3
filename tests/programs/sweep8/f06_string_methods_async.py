import asyncio, string

async def normalize(s):
    await asyncio.sleep(0)
    return " ".join(s.split()).strip(string.punctuation).casefold()

async def main():
    raw = ["  Hello,   World!! ", "ÉCOLE", "straße", "tab\tsep", "MiXeD-Case_word"]
    print(await asyncio.gather(*map(normalize, raw)))
    s = "The quick brown fox"
    print(s.title(), s.swapcase(), s.center(25, "*"), s.zfill(22), s.partition(" "), s.rpartition(" "))
    print(s.find("q"), s.rfind("o"), s.count("o"), s.startswith(("A", "The")), s.endswith("fox", 0, 10))
    print(s.replace("o", "0", 2), s.split(None, 2), s.rsplit(" ", 1), "a,b,,c".split(","), "l1\nl2\r\nl3".splitlines(True))
    print("42".isdigit(), "x1".isalnum(), "  ".isspace(), "Ab".istitle(), "abc".isidentifier(), "½".isnumeric(), "١".isdecimal())
    print("%s|%-5s|%5s" % ("a", "b", "c"), "abc".translate(str.maketrans("ab", "xy", "c")), "ab".ljust(4, "."), "x".rjust(3))
    print(string.ascii_lowercase[:5], string.digits, string.Template("$who likes $what").substitute(who="Al", what="tea"))
    print("-".join(map(str, range(5))), "a" * 3, "abc"[::-1], "hello"[1:-1], ord("€"), chr(9731), "ß".upper(), "İ".lower())
    print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"), "x".encode(), "héllo".encode("utf-8"), b"abc".hex(), bytes.fromhex("4142"))
    print("tab\there".expandtabs(4), "a b".removeprefix("a "), "file.txt".removesuffix(".txt"), repr("it's \"q\" \n"))
    try:
        "abc".index("z")
    except ValueError as e:
        print("ValueError:", e)
    try:
        "a" + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        string.Template("$x").substitute()
    except KeyError as e:
        print("KeyError:", e)

asyncio.run(main())
