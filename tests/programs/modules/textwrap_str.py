import textwrap

s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(s, width=30))
print(textwrap.wrap(s, 25)[:3])
print(textwrap.shorten("Hello   world, this is a long sentence", width=20))
print(textwrap.indent("a\nb\n\nc", "> "))
print(repr(textwrap.dedent("""\
    def f():
        return 1
    """)))
print(textwrap.fill("x" * 50, width=20, initial_indent="* ", subsequent_indent="  "))
print("  hi  ".strip(), "--x--".strip("-"), "a,b,,c".split(","), "a b  c".split(), "a\nb\r\nc".splitlines())
print("hello world".title(), "Hello".swapcase(), "abc".center(9, "*"), "7".zfill(3), "ab".ljust(5, ".") + "|", "ab".rjust(5))
print("banana".count("a"), "banana".find("n"), "banana".rfind("n"), "banana".index("nan"), "banana".replace("a", "o", 2))
print("one two".partition(" "), "a.b.c".rpartition("."), ",".join(["x", "y"]), "py".startswith(("a", "p")))
print("Straße".upper(), "ǅ".lower(), "İ".lower().encode(), "abc".isalpha(), "12".isdigit(), " ".isspace(), "Ab1".isalnum())
print("tab\tsep".expandtabs(4), "%s is %d years, %.2f%%" % ("Al", 30, 12.345), "{:>8}|{:<6}|{:^7}|".format("r", "l", "c"))
print("abc"[::-1], "hello"[1:-1], "x".join("abc"), "CamelCaseString".casefold(), "a-b_c".translate(str.maketrans("-_", "  ")))
print("removeprefix".removeprefix("remove"), "file.txt".removesuffix(".txt"), "%r" % "q", "%5.1f|%-5d|%x|%o|%e" % (3.14159, 42, 255, 8, 12345.678))
