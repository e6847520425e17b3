"""zlib's stream objects (runtime/lib/zlib.py over _deflate.py and _inflate.py) against
CPython's zlib 1.2.13: compressobj at every level, window size, memory level and
strategy, fed in pieces with sync, full, partial and block flushes and copies, must
return the same bytes from every call; decompressobj fed those streams in pieces with
output limits must return the same output, unconsumed_tail, unused_data and eof after
every call, and the same errors on damaged data; then a sample on our native engine."""
import random
import sys
import zlib

from compare import load, same, same_output

sys.modules["_deflate"] = load("_deflate")
sys.modules["_inflate"] = load("_inflate")
ts = load("zlib", using=("_deflate", "_inflate"))
rng = random.Random(20261122)
words = b"the quick brown fox jumps over a lazy dog while asyncio tasks await".split()


def text(n):
    return b" ".join(rng.choice(words) for _ in range(n))


def outcome(fn):
    try:
        return fn()
    except Exception as e:  # the comparison is about the exception itself
        return (type(e).__name__, str(e))


inputs = [b"", b"a", text(10), text(2500), bytes(rng.getrandbits(8) for _ in range(4000)),
          b"x" * 70000, text(12000)]
flush_modes = (None, None, None, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH,
               zlib.Z_BLOCK)
streams = []
for i, data in enumerate(inputs):
    for level in (-1, 0, 1, 4, 6, 9):
        for wbits in (15, -15, 31, 9, -9, 8, 12, 25):
            for strategy in range(5):
                for mem_level in (8, 1, 9):
                    if rng.random() < 0.93:
                        continue
                    label = f"input {i} level {level} wbits {wbits} strategy {strategy} memLevel {mem_level}"
                    ours = ts.compressobj(level, zlib.DEFLATED, wbits, mem_level, strategy)
                    theirs = zlib.compressobj(level, zlib.DEFLATED, wbits, mem_level, strategy)
                    calls, whole, pos = [], b"", 0
                    while pos < len(data):
                        n = rng.choice((10, 100, 1000, 5000, 40000))
                        piece = data[pos:pos + n]
                        pos += n
                        a, b = ours.compress(piece), theirs.compress(piece)
                        calls.append(a == b)
                        whole += b
                        mode = rng.choice(flush_modes)
                        if mode is not None:
                            a, b = ours.flush(mode), theirs.flush(mode)
                            calls.append(a == b)
                            whole += b
                        if rng.random() < 0.05:
                            ours, theirs = ours.copy(), theirs.copy()
                    a, b = ours.flush(), theirs.flush()
                    calls.append(a == b)
                    whole += b
                    same(f"compressobj {label}: every call", lambda: all(calls), lambda: True)
                    streams.append((label, wbits, whole))

for label, wbits, whole in streams:
    for dwbits in {wbits, 47 if wbits > 15 or 8 < wbits < 16 else wbits, 0 if 8 < wbits < 16 else wbits}:
        source = whole + b"trailing junk" * rng.randint(0, 1)
        ours, theirs = ts.decompressobj(dwbits), zlib.decompressobj(dwbits)
        results, pos = [], 0
        while pos < len(source):
            n = rng.choice((1, 3, 50, 1000, 100000))
            piece = source[pos:pos + n]
            pos += n
            limit = rng.choice((0, 0, 1, 7, 100, 5000))
            results.append((outcome(lambda: ours.decompress(piece, limit)), ours.unconsumed_tail,
                            ours.unused_data, ours.eof)
                           == (outcome(lambda: theirs.decompress(piece, limit)), theirs.unconsumed_tail,
                               theirs.unused_data, theirs.eof))
            while theirs.unconsumed_tail and rng.random() < 0.8:
                tail = theirs.unconsumed_tail
                results.append((outcome(lambda: ours.decompress(tail, limit)), ours.unconsumed_tail)
                               == (outcome(lambda: theirs.decompress(tail, limit)), theirs.unconsumed_tail))
            if rng.random() < 0.05:
                ours, theirs = ours.copy(), theirs.copy()
        results.append((outcome(ours.flush), ours.eof) == (outcome(theirs.flush), theirs.eof))
        same(f"decompressobj({dwbits}) of {label}: every call", lambda: all(results), lambda: True)

# One-shot compress: every level and window size (level 0's stored blocks follow
# CPython's output buffer), and the errors.
for data in (b"", text(30), text(6000), bytes(rng.getrandbits(8) for _ in range(70000)), b"x" * 200000):
    for level in (-1, 0, 1, 6, 9, 10):
        for wbits in (15, -15, 31, 9, -9, 8, 12, 25, 7, 16, -8):
            same(f"compress({len(data)} bytes, {level}, {wbits})",
                 lambda: outcome(lambda: ts.compress(data, level, wbits)),
                 lambda: outcome(lambda: zlib.compress(data, level, wbits)))

# Damaged streams: errors, and where each side stops.
good = zlib.compress(text(300), 6)
for n, damaged in enumerate([good[:1] + b"\x00" + good[2:], good[:-1] + b"\x00", good[:40] + b"\xff" * 20,
                             b"x\x9c\xff\xff\xff", b"x\x9c\x07", b"\x1f\x8b\x08\xe0" + bytes(10),
                             b"\x1f\x8b\x07\x00" + bytes(10), b"x\xbb" + bytes(8)]):
    for dwbits in (15, 31, 47, -15):
        same(f"damaged {n} wbits {dwbits}",
             lambda: (outcome(lambda: (d := ts.decompressobj(dwbits)).decompress(damaged, 10)), d.unconsumed_tail),
             lambda: (outcome(lambda: (d := zlib.decompressobj(dwbits)).decompress(damaged, 10)), d.unconsumed_tail))

# Dictionaries, arguments and the states after the end.
zdict = text(50)
for wbits in (15, -15):
    plain = text(200)
    c = zlib.compressobj(6, zlib.DEFLATED, wbits, zdict=zdict)
    packed = c.compress(plain) + c.flush()
    same(f"compressobj zdict wbits {wbits}",
         lambda: (lambda o: o.compress(plain) + o.flush())(ts.compressobj(6, ts.DEFLATED, wbits, zdict=zdict)),
         lambda: packed)
    same(f"decompressobj zdict wbits {wbits}", lambda: ts.decompressobj(wbits, zdict=zdict).decompress(packed),
         lambda: zlib.decompressobj(wbits, zdict=zdict).decompress(packed))
    if wbits > 0:
        same("zlib stream needing a dictionary", lambda: outcome(lambda: ts.decompressobj().decompress(packed)),
             lambda: outcome(lambda: zlib.decompressobj().decompress(packed)))
        same("wrong dictionary", lambda: outcome(lambda: ts.decompressobj(zdict=b"other").decompress(packed)),
             lambda: outcome(lambda: zlib.decompressobj(zdict=b"other").decompress(packed)))
        same("zlib.decompress needing a dictionary", lambda: outcome(lambda: ts.decompress(packed)),
             lambda: outcome(lambda: zlib.decompress(packed)))
for args in [dict(level=10), dict(wbits=8), dict(wbits=-8), dict(wbits=24), dict(wbits=7), dict(memLevel=0),
             dict(memLevel=10), dict(strategy=5), dict(method=7), dict(zdict="x"), dict(wbits=31, zdict=b"x")]:
    same(f"compressobj{args}", lambda: outcome(lambda: type(ts.compressobj(**args)).__name__),
         lambda: outcome(lambda: type(zlib.compressobj(**args)).__name__))
for wbits in (0, 7, 8, 15, 16, 17, 24, 31, 32, 33, 40, 47, 48, -7, -8, -15, -16):
    same(f"decompressobj(wbits={wbits})", lambda: outcome(lambda: type(ts.decompressobj(wbits)).__name__),
         lambda: outcome(lambda: type(zlib.decompressobj(wbits)).__name__))


def after_end(module):
    c = module.compressobj()
    log = [c.compress(b"hello"), c.flush(module.Z_SYNC_FLUSH), c.flush(module.Z_SYNC_FLUSH), c.compress(b""),
           c.flush(module.Z_SYNC_FLUSH), c.flush(module.Z_FULL_FLUSH), c.flush(module.Z_NO_FLUSH), c.flush()]
    log += [outcome(lambda: c.compress(b"x")), outcome(c.flush), outcome(c.copy)]
    d = module.decompressobj()
    packed = zlib.compress(b"abc" * 1000)
    log += [len(d.decompress(packed, 10)), len(d.unconsumed_tail), d.flush()[:10], d.eof,
            outcome(lambda: d.decompress(b"x")), outcome(d.copy), outcome(lambda: d.decompress(b"", -1)),
            outcome(lambda: module.decompressobj().flush(0))]
    d = module.decompressobj()
    log += [d.decompress(packed + b"extra"), d.unused_data, d.decompress(b"more"), d.unused_data, d.flush()]
    c = module.compressobj()
    log += [c.flush(module.Z_SYNC_FLUSH), c.flush()]
    c = module.compressobj()
    c.compress(b"x")
    c.flush()
    log.append(outcome(lambda: c.compress(b"y")))
    return log


same("calls after the end", lambda: after_end(ts), lambda: after_end(zlib))

same_output("zlib_stream", r"""
import zlib
data = b"".join(b"line %d of some text to compress, " % i for i in range(3000))
for level in (0, 1, 6, 9):
    for wbits in (15, -15, 31):
        c = zlib.compressobj(level, zlib.DEFLATED, wbits)
        out = [c.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)]
        out.append(c.flush(zlib.Z_SYNC_FLUSH))
        out.append(c.compress(b"tail"))
        out.append(c.flush())
        packed = b"".join(out)
        print(level, wbits, [len(p) for p in out], zlib.crc32(packed))
        d = zlib.decompressobj(wbits)
        got, rest = [], packed
        while rest and not d.eof:
            got.append(d.decompress(rest, 4096))
            rest = d.unconsumed_tail
        print(len(got), b"".join(got) == data + b"tail", d.eof, d.unused_data)
""", timeout=300)
