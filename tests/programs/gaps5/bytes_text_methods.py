# bytes and bytearray treated as ASCII text: padding, case, predicates, tabs.
def show(label, value):
    print(f"{label:28} {value!r}")

for b in (b"abc", bytearray(b"ab"), b"", b"-42", b"+7"):
    show(f"{b!r}.center(7)", b.center(7))
    show(f"{b!r}.center(6, b'*')", b.center(6, b"*"))
    show(f"{b!r}.ljust(5, b'.')", b.ljust(5, b"."))
    show(f"{b!r}.rjust(5, b'.')", b.rjust(5, b"."))
    show(f"{b!r}.zfill(6)", b.zfill(6))
    show(f"{b!r}.zfill(1)", b.zfill(1))

show("center odd/even", [b"ab".center(n, b"-") for n in range(1, 7)])
show("bytearray fill", b"x".center(5, bytearray(b"#")))

text = b"hello wORLD, 3rd-party tool"
for name in ("upper", "lower", "title", "capitalize", "swapcase"):
    show(name, getattr(text, name)())
    show(name + " (bytearray)", getattr(bytearray(text), name)())

samples = [b"", b"Hello World", b"HELLO", b"hello", b"Hello world", b"1A", b"A1b",
           b"  \t\n", b"abc123", b"abc", b"123", b"\x80abc", b"Ab Cd"]
for s in samples:
    flags = [name for name in ("isalnum", "isalpha", "isascii", "isdigit", "islower",
                               "isspace", "istitle", "isupper") if getattr(s, name)()]
    show(repr(s), flags)

show("expandtabs()", b"a\tbc\tdef\tg".expandtabs())
show("expandtabs(4)", b"a\tb\r\n\tc\td".expandtabs(4))
show("expandtabs(tabsize=2)", bytearray(b"\t\tx").expandtabs(tabsize=2))
show("expandtabs(0)", b"a\tb".expandtabs(0))
show("expandtabs(-3)", b"a\tb".expandtabs(-3))

show("strip", b"  xx  ".strip())
show("strip(b'x-')", b"-x-abc-x".strip(b"x-"))
show("lstrip(None)", b" \t a ".lstrip(None))
show("rstrip(bytearray)", b"abcab".rstrip(bytearray(b"ab")))

class Sub(bytes):
    pass

s = Sub(b"Sub Class")
show("subclass upper type", type(s.upper()).__name__)
show("subclass center type", type(s.center(20)).__name__)
show("__bytes__", s.__bytes__())
show("__bytes__ type", type(s.__bytes__()).__name__)
show("__getnewargs__", b"ab".__getnewargs__())
