# Searching and splitting bytes: partition, split/rsplit/splitlines, find with ints.
def show(label, value):
    print(f"{label:34} {value!r}")

data = b"key=value=more"
show("partition(b'=')", data.partition(b"="))
show("rpartition(b'=')", data.rpartition(b"="))
show("partition(b'#')", data.partition(b"#"))
show("rpartition(b'#')", data.rpartition(b"#"))
show("bytearray partition", bytearray(data).partition(b"="))
show("bytearray rpartition miss", bytearray(data).rpartition(b"#"))
sep = bytearray(b"=")
show("middle is the separator", data.partition(sep)[1] is sep)

show("split()", b"  one two\tthree\n ".split())
show("split(maxsplit=1)", b"  one two three ".split(maxsplit=1))
show("split(None, 0)", b"  one two  ".split(None, 0))
show("rsplit()", b"  one two three  ".rsplit())
show("rsplit(None, 1)", b"  one two three  ".rsplit(None, 1))
show("rsplit(maxsplit=0)", b"  one two  ".rsplit(maxsplit=0))
show("split(b',')", b"a,b,,c,".split(b","))
show("rsplit(b',', 2)", b"a,b,,c,".rsplit(b",", 2))
show("rsplit(b',,')", b"a,,,b".rsplit(b",,"))
show("split(sep=b'--', maxsplit=1)", bytearray(b"x--y--z").split(sep=b"--", maxsplit=1))

lines = b"first\nsecond\r\nthird\rfourth\n\nlast"
show("splitlines()", lines.splitlines())
show("splitlines(True)", lines.splitlines(True))
show("splitlines(keepends=1)", bytearray(b"a\r\n").splitlines(keepends=1))
show("empty splitlines", b"".splitlines())

hay = b"abracadabra"
for needle in (b"a", 97, b"bra", b"", b"z", ord("c")):
    show(f"find/rfind/count {needle!r}", (hay.find(needle), hay.rfind(needle), hay.count(needle)))
show("index(b'c', 2, 8)", hay.index(b"c", 2, 8))
show("rindex(97, 0, -1)", hay.rindex(97, 0, -1))
show("find(b'a', -3)", hay.find(b"a", -3))
show("find(b'', 20)", hay.find(b"", 20))
show("count(b'', 2, 5)", hay.count(b"", 2, 5))
show("rfind(b'', 2, 5)", hay.rfind(b"", 2, 5))
show("find(b'a', None, 4)", hay.find(b"a", None, 4))
show("find(b'a', 2**70)", hay.find(b"a", 2**70))
show("find(True)", b"\x01\x02".find(True))

show("startswith(b'bra', 1)", hay.startswith(b"bra", 1))
show("startswith tuple", hay.startswith((b"x", b"abr")))
show("endswith(b'cad', 0, 7)", hay.endswith(b"cad", 0, 7))
show("endswith(b'', 11)", hay.endswith(b"", 11))
show("endswith(b'', 12)", hay.endswith(b"", 12))
show("startswith(b'', 5, 2)", hay.startswith(b"", 5, 2))

show("removeprefix", b"test_case".removeprefix(b"test_"))
show("removeprefix miss", b"case".removeprefix(b"test_"))
show("removesuffix", bytearray(b"name.py").removesuffix(b".py"))
show("removesuffix empty", b"name".removesuffix(b""))

show("replace", b"a-b-c-d".replace(b"-", b"+", 2))
show("replace empty", b"abc".replace(b"", b".", 3))
show("replace count=-1", bytearray(b"aaa").replace(b"a", b"bb", -1))
