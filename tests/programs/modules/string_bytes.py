s = "Hello, Wörld! ☃"
b = s.encode("utf-8")
print(b, len(s), len(b), b.decode(), b.hex(), bytes.fromhex("48 69"), s.encode("ascii", errors="replace"), s.encode("latin-1", errors="ignore"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
ba = bytearray(b"abc"); ba[0] = 65; ba.append(100); print(ba, bytes(ba), ba.upper(), b"a,b".split(b","), b"x" * 3, list(b"AB"))
print("%-10s|%5.2f|%03d|%+d|%c|%%" % ("left", 3.14159, 7, 5, 65), "{0}{1}{0}".format("a", "b"), "{name:>{w}}".format(name="r", w=4))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\t\n"), ascii("é"), str(b"x"), repr(b"\x00\x7f"))
print("ß".casefold() == "SS".casefold(), "ﬁ".upper(), "Σ".lower(), "ΑΣ".lower(), "a\u0301" == "á", len("👍🏽"), "👍".encode())
print(" ".join(reversed("a b c".split())), "-".join(map(str, range(4))), "abc".find("z"), "x".center(4, "ab"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    int("12a")
except ValueError as e:
    print("ValueError:", e)
print(f"{'café':^10}|", f"{'日本':>6}|", "%s" % [1, "a"], str.format("{!r}", "q"), "{:,}".format(1234567.891))
