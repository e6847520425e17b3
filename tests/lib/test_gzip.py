"""gzip (and its deflate, _deflate.py) against CPython's gzip and zlib: the same
compressed bytes at every level, the same decompression and the same errors."""
import gzip
import io
import random
import zlib

from compare import load, same, same_output

deflate = load("_deflate")
ts = load("gzip", using=("_deflate",))

rng = random.Random(7)
words = "the quick brown fox jumps over a lazy dog while asyncio tasks await".split()


def text(n):
    return " ".join(rng.choice(words) for _ in range(n)).encode()


inputs = [b"", b"a", b"ab", b"abc", b"aaaaaa", b"hello hello hello hello", bytes(range(256)),
          b"\x00" * 1000, text(40), text(1500), bytes(rng.getrandbits(8) for _ in range(2000)),
          b"abcabcabd" * 300, "ünïcödé ✓ ".encode() * 50, text(12000),
          bytes(rng.choice(b"ab") for _ in range(8000)), b"x" * 70000]
for i, data in enumerate(inputs):
    for level in (range(10) if len(data) < 10000 else (0, 1, 6, 9)):
        same(f"raw deflate input {i} level {level}", lambda: deflate.compress(data, level),
             lambda: zlib.compress(data, level, wbits=-15))
    same(f"gzip.compress input {i}", lambda: ts.compress(data, mtime=1234),
         lambda: gzip.compress(data, mtime=1234))
    same(f"gzip.compress mtime 0 input {i}", lambda: ts.compress(data, 6, mtime=0),
         lambda: gzip.compress(data, 6, mtime=0))
    packed = gzip.compress(data, 5)
    same(f"gzip.decompress input {i}", lambda: ts.decompress(packed), lambda: gzip.decompress(packed))

two = gzip.compress(b"first ", mtime=0) + b"\x00\x00" + gzip.compress(b"second", mtime=5)
same("two members", lambda: ts.decompress(two), lambda: gzip.decompress(two))
good = gzip.compress(b"some data here", mtime=9)
broken = [b"", b"not gzip at all", good[:5], good[:15], good[:-3], good[:-8],
          good[:-8] + b"\x00" * 8, good[:10] + b"\xff" + good[11:],
          good[:-4] + b"\x01\x00\x00\x00", b"\x1f\x8b\x07" + good[3:]]
for j, data in enumerate(broken):
    same(f"bad data {j}", lambda: ts.decompress(data), lambda: gzip.decompress(data))


def file_roundtrip(mod):
    buf = io.BytesIO()
    with mod.GzipFile(fileobj=buf, mode="wb", mtime=77) as f:
        f.write(b"line one\n")
        f.write(b"line two\nand more")
    raw = buf.getvalue()
    with mod.GzipFile(fileobj=io.BytesIO(raw)) as f:
        lines = f.readlines()
    with mod.open(io.BytesIO(raw)) as f:
        first = f.read(4), f.read()
    return raw, lines, first


same("GzipFile round trip", lambda: file_roundtrip(ts), lambda: file_roundtrip(gzip))

def with_header_fields(body, flags, extra=b"", name=b"", comment=b"", hcrc=b""):
    """A gzip member with optional header fields around body's deflate stream."""
    packed = gzip.compress(body, mtime=3)
    head = bytearray(packed[:10])
    head[3] = flags
    fields = b""
    if flags & 4:
        fields += len(extra).to_bytes(2, "little") + extra
    if flags & 8:
        fields += name + b"\x00"
    if flags & 16:
        fields += comment + b"\x00"
    if flags & 2:
        fields += hcrc
    return bytes(head) + fields + packed[10:]


headers = [with_header_fields(b"abc", 4, extra=b"XYZW"), with_header_fields(b"abc", 8, name=b"f.txt"),
           with_header_fields(b"abc", 16, comment=b"hello"), with_header_fields(b"abc", 2, hcrc=b"\x01\x02"),
           with_header_fields(b"abc", 30, b"e", b"n", b"c", b"hh"), with_header_fields(b"", 8, name=b"empty"),
           with_header_fields(b"abc", 4, extra=b"XYZW")[:13], with_header_fields(b"abc", 2, hcrc=b"\x01")[:11],
           b"\x1f", b"\x1f\x8b", b"\x1f\x8b\x08\x00"]
for j, data in enumerate(headers):
    same(f"header fields {j}", lambda: ts.decompress(data), lambda: gzip.decompress(data))


def file_reading(mod, raw):
    out = []
    try:
        with mod.GzipFile(fileobj=io.BytesIO(raw)) as f:
            out.append(f.mtime)
            out.append(f.readline(3))
            out.append(f.readline())
            out.append(f.tell())
            out.append(f.peek(2)[:1])
            f.seek(2)
            out.append(f.read(5))
            f.seek(1, io.SEEK_CUR)
            out.append((f.read(), f.tell(), f.mtime, f.readable(), f.writable()))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


def file_read_all(mod, raw):
    try:
        with mod.GzipFile(fileobj=io.BytesIO(raw)) as f:
            return f.read(), f.mtime
    except Exception as e:
        return type(e).__name__, str(e)


multi = gzip.compress(b"one\ntwo\n", mtime=11) + gzip.compress(b"three", mtime=22)
for j, raw in enumerate([multi, multi + b"\x00\x00\x00", headers[4]]):
    same(f"GzipFile reading {j}", lambda: file_reading(ts, raw), lambda: file_reading(gzip, raw))
# Ours decompresses the whole file at the first read, CPython as it goes: errors in
# a member's trailer are compared on reading everything at once.
for j, raw in enumerate([multi, good[:-4] + b"\x01\x00\x00\x00", good[:-8] + b"\x00" * 4 + good[-4:],
                         good[:-2], multi + b"\x1f"]):
    same(f"GzipFile read all {j}", lambda: file_read_all(ts, raw), lambda: file_read_all(gzip, raw))


def file_writing(mod, name, level):
    buf = io.BytesIO()
    f = mod.GzipFile(name, "wb", level, buf, mtime=5)
    n = f.write(memoryview(b"hello world " * 20)), f.write(b""), f.tell()
    f.close()
    return n, buf.getvalue(), f.closed


for name, level in [(None, 9), ("data.txt.gz", 1), ("dir/x.gz", 6), (b"raw.bin", 0)]:
    same(f"GzipFile writing {name} {level}", lambda: file_writing(ts, name, level),
         lambda: file_writing(gzip, name, level))


def open_mode(mod, mode):
    try:
        f = mod.GzipFile(fileobj=io.BytesIO(), mode=mode)
        return f.readable(), f.writable(), f.name, repr(f).split(" ")[0]
    except Exception as e:
        return type(e).__name__, str(e)


for mode in ["", "r", "w", "rt", "q", "ab", "xb", None, "rU"]:
    same(f"GzipFile mode {mode!r}", lambda: open_mode(ts, mode), lambda: open_mode(gzip, mode))

same_output("gzip_engine", '''
import gzip, zlib
data = ("asyncio " * 200 + "tasks and futures " * 50).encode()
packed = gzip.compress(data, mtime=0)
print(len(data), len(packed), packed[:12].hex(), packed[-8:].hex())
print(gzip.decompress(packed) == data)
print(gzip.compress(b"hello world", 1, mtime=3).hex())
try:
    gzip.decompress(b"oops")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
''')

# zlib.compress/decompress (runtime/lib/zlib.py) ride on the same deflate.
import sys  # noqa: E402

sys.modules["_deflate"] = deflate
tz = load("zlib")
for data in (b"", b"hello world" * 20, bytes(rng.getrandbits(8) for _ in range(500)), b"abc" * 3000):
    for level in (-1, 0, 1, 5, 6, 9):
        for wbits in (15, -15, 31):
            same(f"zlib.compress {len(data)} {level} {wbits}", lambda: tz.compress(data, level, wbits),
                 lambda: zlib.compress(data, level, wbits))
    for wbits in (15, -15, 31, 47):
        packed = zlib.compress(data, 6, wbits if wbits != 47 else 31)
        same(f"zlib.decompress {len(data)} {wbits}", lambda: tz.decompress(packed, wbits),
             lambda: zlib.decompress(packed, wbits))
good = zlib.compress(b"payload data", 6)
for bad in (b"", b"x", b"xyz", good[:-1], good[:-4] + b"1234", good[:5], b"\x78\x9c\xff\xff",
            b"\x78\x01" + good[2:]):
    same(f"zlib.decompress bad {bad!r}", lambda: tz.decompress(bad), lambda: zlib.decompress(bad))

same_output("zlib_engine", '''
import zlib
data = b"to be or not to be, that is the question " * 40
packed = zlib.compress(data)
print(len(packed), packed[:6].hex(), zlib.decompress(packed) == data)
print(zlib.compress(b"abc", 9).hex(), zlib.compress(b"", 1).hex())
try:
    zlib.decompress(packed[:-2])
except zlib.error as e:
    print("error", e)
''')
