import asyncio, string

async def main():
    s = "  Hello, World! Welcome to Python.  "
    print(repr(s.strip()), s.lstrip()[:5], s.rstrip()[-5:], s.strip(" .H"), s.split(), s.split(",", 1))
    t = s.strip()
    print(t.lower(), t.upper(), t.title(), t.swapcase(), t.capitalize(), t.casefold())
    print(t.find("o"), t.rfind("o"), t.index("W"), t.count("o"), t.startswith(("Hi", "He")), t.endswith("."))
    print(t.replace("o", "0", 2), t.partition(", "), t.rpartition(" "), "a-b-c".rsplit("-", 1))
    print("x".center(7, "*"), "x".ljust(4, "."), "x".rjust(4), "42".zfill(5), "-42".zfill(5), "+7".zfill(4))
    print("abc".isalpha(), "123".isdigit(), "12.3".isdecimal(), "  ".isspace(), "Abc Def".istitle(), "abc1".isalnum(), "_x1".isidentifier(), "ABC".isupper())
    print(",".join(["a", "b"]), "line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(True), "a\tb".expandtabs(4))
    print("hello world".removeprefix("hello "), "file.txt".removesuffix(".txt"), "ab" * 3, "abc"[::-1], "abcdef"[1:5:2])
    tbl = str.maketrans("aeiou", "12345", "xyz")
    print("the quick onyx".translate(tbl), ord("A"), chr(9731), "%c" % 65, ascii("héllo"), "straße".upper())
    print(string.ascii_lowercase, string.digits, string.punctuation, string.capwords("hello   big world"))
    tmpl = string.Template("$who likes ${what}!")
    print(tmpl.substitute(who="Tim", what="kung pao"), tmpl.safe_substitute(who="X"))
    try:
        tmpl.substitute(who="Y")
    except KeyError as e:
        print("KeyError", e)
    print("{name} is {age}".format_map({"name": "A", "age": 3}), "{0[1]} {1.real}".format([7, 8], 5))
    fmt = string.Formatter()
    print(fmt.format("{} + {}", 1, 2), list(fmt.parse("a{b}c{d!r:>3}")))
    print("ß".casefold() == "ss", "ǅ".lower(), "İ".lower(), len("İ".lower()), "ﬁ".upper())
    print(" a b ".split(" "), "a,,b".split(","), "".split(","), "".split(), "abc".split("b"))
    print("Tab\there".expandtabs(), "x".encode(), "é".encode("utf-8"), b"caf\xc3\xa9".decode(), "abc".encode("ascii").hex())
    print(str(b"bytes"), "%-6s|%6s|" % ("ab", "cd"), "%.3s" % "abcdef", "%+.1e" % 12345.678, "%#o %#x" % (8, 255))
    await asyncio.sleep(0)

asyncio.run(main())
