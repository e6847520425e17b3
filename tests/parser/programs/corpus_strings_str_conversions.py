print(str(42), str(3.0), str(None), str([1, "a"]), str((1,)), str({"a": 1}))
print(int("12") + 1, float("2.5") * 2, list("abc"), tuple("ab"))
print(str(b"abc", "ascii"), bytes("hé", "utf-8"), bytes(3), bytearray(b"ab"))
print(ord("A"), chr(97), hex(ord("z")), "%c" % 66)
