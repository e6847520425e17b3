import random
import struct
from compare import load, same

ts = load("struct")
formats = ["b", "B", "h", "H", "i", "I", "l", "L", "q", "Q", "n", "N", "?", "e", "f", "d",
           "<h", ">h", "!I", "=q", "<Q", ">d", "<f", ">e", "bhiqd", "<bhiqd", "@ci", "3s",
           "5p", "2h3x", "<2i", ">3Bxh", "c", "10s", "0s", "P", "z", "3", "  i  h "]
for fmt in formats:
    same(f"calcsize {fmt!r}", lambda: ts.calcsize(fmt), lambda: struct.calcsize(fmt))
ints = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, 65535, 65536,
        2 ** 31 - 1, 2 ** 31, -2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 40, 2 ** 63 - 1, 2 ** 63,
        -2 ** 63, 2 ** 64 - 1, 2 ** 64, 10 ** 20, -10 ** 20, True, 2.5, "x", None]
for code in "bBhHiIlLqQnN?":
    for order in ("", "<", ">"):
        if code in "nN" and order:
            continue
        for v in ints:
            same(f"pack {order}{code} {v!r}", lambda: ts.pack(order + code, v),
                 lambda: struct.pack(order + code, v))
rng = random.Random(5)
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1e-300, 5e-324, 1e300, float("inf"), float("-inf"),
          65504.0, 65520.0, 6e-8, 1e-5, 3.4028234663852886e38, 3.5e38, 1.17549435e-38,
          1e-45, 1.4e-45, 0.333333333333, 1]
floats += [rng.uniform(-1e6, 1e6) for _ in range(40)]
floats += [rng.random() * 10 ** rng.randint(-40, 40) for _ in range(40)]
for code in "efd":
    for order in ("<", ">"):
        for v in floats:
            same(f"pack {order}{code} {v!r}", lambda: ts.pack(order + code, v),
                 lambda: struct.pack(order + code, v))
            try:
                packed = struct.pack(order + code, v)
            except OverflowError:
                continue
            same(f"unpack {order}{code} {v!r}", lambda: ts.unpack(order + code, packed),
                 lambda: struct.unpack(order + code, packed))
cases = [("<hhl", (1, 2, 3)), (">hhl", (1, 2, 3)), ("@bhiqd", (1, 2, 3, 4, 5.5)),
         ("3s", (b"ab",)), ("3s", (b"abcd",)), ("5p", (b"hello world",)), ("2h3x", (1, 2)),
         ("c?x", (b"z", True)), ("ii", (1,)), ("s", ("ab",)), ("c", (b"ab",)),
         ("<q", (2 ** 70,)), ("!I2s", (7, b"ok"))]
for fmt, args in cases:
    same(f"pack {fmt} {args}", lambda: ts.pack(fmt, *args), lambda: struct.pack(fmt, *args))
    try:
        packed = struct.pack(fmt, *args)
    except (struct.error, OverflowError):
        continue
    same(f"unpack {fmt}", lambda: ts.unpack(fmt, packed), lambda: struct.unpack(fmt, packed))
    same(f"unpack short {fmt}", lambda: ts.unpack(fmt, packed[:-1]),
         lambda: struct.unpack(fmt, packed[:-1]))
same("iter_unpack", lambda: list(ts.iter_unpack("<hb", b"\x01\x02\x03\x04\x05\x06")),
     lambda: list(struct.iter_unpack("<hb", b"\x01\x02\x03\x04\x05\x06")))
same("unpack_from", lambda: ts.unpack_from("<h", b"\x00\x01\x02", 1),
     lambda: struct.unpack_from("<h", b"\x00\x01\x02", 1))


def into(mod):
    buf = bytearray(8)
    mod.pack_into("<hi", buf, 1, 5, -7)
    return bytes(buf)


same("pack_into", lambda: into(ts), lambda: into(struct))
same("Struct", lambda: (ts.Struct("<ih").size, ts.Struct("<ih").pack(1, 2)),
     lambda: (struct.Struct("<ih").size, struct.Struct("<ih").pack(1, 2)))
