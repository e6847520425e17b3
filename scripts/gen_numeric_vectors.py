#!/usr/bin/env python3
"""Writes the test vectors of the numeric libraries from CPython itself.

Every expected value in tests/vectors/*.txt comes from running this script under
python3 (CPython 3.11), never from our C code. Usage:

    python3 scripts/gen_numeric_vectors.py            # writes tests/vectors/
    python3 scripts/gen_numeric_vectors.py bigint     # only one file

File format (read by tests/py/*_test.c): one case per line, fields separated by single
spaces. Integers are written with hex() (the C side parses them with base 0), floats
with float.hex() so the comparison is bit-exact, and free text (format specs, float
literals, expected strings) hex-encoded as UTF-8 bytes with a leading 's', so spaces
and odd characters survive. An expected error is a field starting with '!'.
"""
import math
import os
import random
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "vectors")


def S(text):
    """Hex-encodes free text so it is one space-free field."""
    return "s" + text.encode("utf-8").hex()


def I(n):
    return hex(n)


def F(x):
    return x.hex()


def err(e):
    """The status name our C code uses for a Python exception."""
    if isinstance(e, ZeroDivisionError):
        return "!ZERODIV"
    if isinstance(e, OverflowError):
        return "!OVERFLOW"
    if isinstance(e, ValueError):
        if "Exceeds the limit" in str(e):
            return "!LIMIT"
        return "!VALUE"
    if isinstance(e, MemoryError):
        return "!NOMEM"
    raise e


def attempt(f, fmt):
    try:
        return fmt(f())
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return err(e)


# ---- bigint -------------------------------------------------------------------------------


def interesting_ints(rng):
    vals = [0, 1, 2, 3, 7, 10, 255, 256, 1000, 2**31 - 1, 2**31, 2**32 - 1, 2**32,
            2**32 + 1, 2**53 - 1, 2**53, 2**53 + 1, 2**63 - 1, 2**63, 2**64 - 1, 2**64,
            2**64 + 1, 2**96, 2**127 - 1, 10**18, 10**19, 10**30, 2**61 - 1, 2**61,
            2**200 + 12345, 3**100]
    fib = [0, 1]
    while len(fib) <= 1000:
        fib.append(fib[-1] + fib[-2])
    vals += [fib[1000], math.factorial(100), 2**2000 - 1, 7**900]
    for bits in (33, 50, 64, 65, 100, 200, 500, 1000, 1300, 1500, 2600, 4000, 6000):
        vals.append(rng.getrandbits(bits) | (1 << (bits - 1)))
    out = []
    for v in vals:
        out += [v, -v] if v else [v]
    return out


def gen_bigint():
    rng = random.Random(20261121)
    lines = []
    vals = interesting_ints(rng)
    small = [v for v in vals if abs(v) < 2**70]
    pairs = [(a, b) for a in vals for b in vals if rng.random() < 0.05]
    pairs += [(rng.getrandbits(rng.randrange(1, 3000)) * rng.choice((1, -1)),
               rng.getrandbits(rng.randrange(1, 3000)) * rng.choice((1, -1)))
              for _ in range(150)]
    for a, b in pairs:
        lines.append(f"add {I(a)} {I(b)} {I(a + b)}")
        lines.append(f"sub {I(a)} {I(b)} {I(a - b)}")
        lines.append(f"mul {I(a)} {I(b)} {I(a * b)}")
        if b:
            q, r = divmod(a, b)
            lines.append(f"divmod {I(a)} {I(b)} {I(q)} {I(r)}")
        else:
            lines.append(f"divmod {I(a)} {I(b)} !ZERODIV !ZERODIV")
        lines.append(f"truediv {I(a)} {I(b)} {attempt(lambda: a / b, F)}")
        lines.append(f"cmp {I(a)} {I(b)} {(a > b) - (a < b)}")
        lines.append(f"and {I(a)} {I(b)} {I(a & b)}")
        lines.append(f"or {I(a)} {I(b)} {I(a | b)}")
        lines.append(f"xor {I(a)} {I(b)} {I(a ^ b)}")
        lines.append(f"gcd {I(a)} {I(b)} {I(math.gcd(a, b))}")
    # Division with quotients that stress Knuth's correction steps.
    for _ in range(200):
        b = rng.getrandbits(rng.randrange(33, 400)) | 1
        b |= 0xFFFFFFFF << max(0, b.bit_length() - 32)
        a = b * rng.getrandbits(rng.randrange(1, 400)) + rng.randrange(b)
        a *= rng.choice((1, -1))
        q, r = divmod(a, b)
        lines.append(f"divmod {I(a)} {I(b)} {I(q)} {I(r)}")
    for a in vals:
        lines.append(f"neg {I(a)} {I(-a)}")
        lines.append(f"abs {I(a)} {I(abs(a))}")
        lines.append(f"invert {I(a)} {I(~a)}")
        lines.append(f"bitlen {I(a)} {a.bit_length()}")
        lines.append(f"hash {I(a)} {hash(a)}")
        lines.append(f"todouble {I(a)} {attempt(lambda: float(a), F)}")
        fits = -2**63 <= a < 2**63
        lines.append(f"int64 {I(a)} {a if fits else '!OVERFLOW'}")
        shifts = (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 1000, 5000) if abs(a) < 2**300 \
            else (0, 1, 37, 1000)
        for n in shifts:
            lines.append(f"lshift {I(a)} {n} {I(a << n)}")
            lines.append(f"rshift {I(a)} {n} {I(a >> n)}")
        sys.set_int_max_str_digits(0)
        dec = str(a)
        sys.set_int_max_str_digits(4300)
        lines.append(f"tostr10 {I(a)} {dec if len(dec.lstrip('-')) <= 4300 else '!LIMIT'}")
        lines.append(f"tostr16 {I(a)} {format(a, 'x')}")
        lines.append(f"tostr8 {I(a)} {format(a, 'o')}")
        lines.append(f"tostr2 {I(a)} {format(a, 'b')}")
    for e in (0, 1, 2, 3, 5, 10, 31, 64, 100):
        for a in small + [fib_big for fib_big in vals if 2**70 < abs(fib_big) < 2**700][:6]:
            lines.append(f"pow {I(a)} {I(e)} {I(a ** e)}")
    lines.append(f"pow {I(2)} {I(10000)} {I(2 ** 10000)}")
    lines.append(f"pow {I(-3)} {I(4001)} {I((-3) ** 4001)}")
    for _ in range(150):
        a = rng.getrandbits(rng.randrange(1, 300)) * rng.choice((1, -1))
        e = rng.getrandbits(rng.randrange(1, 200))
        m = rng.getrandbits(rng.randrange(1, 300)) * rng.choice((1, -1))
        if rng.random() < 0.3:
            e = -e
        lines.append(f"powmod {I(a)} {I(e)} {I(m)} {attempt(lambda: pow(a, e, m), I)}")
    for a, e, m in [(3, -1, 7), (2, -1, 4), (5, 3, 0), (5, 3, 1), (5, 3, -1), (0, 0, 5),
                    (-2, 5, -7), (7, -3, 1000003), (6, -1, 9), (123, 0, 1)]:
        lines.append(f"powmod {I(a)} {I(e)} {I(m)} {attempt(lambda: pow(a, e, m), I)}")
    # Conversions to float at the rounding boundaries.
    for k in (53, 54, 55, 64, 100, 1000, 1023):
        for d in (-3, -2, -1, 0, 1, 2, 3):
            for base in (2**k, 2**k + 2**(k - 53) if k > 53 else 2**k):
                v = base + d * (2**(k - 54) if k > 54 else 1)
                lines.append(f"todouble {I(v)} {attempt(lambda: float(v), F)}")
    for v in (2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, 2**1024):
        lines.append(f"todouble {I(v)} {attempt(lambda: float(v), F)}")
    for _ in range(200):
        v = rng.getrandbits(rng.randrange(54, 1100)) * rng.choice((1, -1))
        lines.append(f"todouble {I(v)} {attempt(lambda: float(v), F)}")
    # True division: exact-looking, tiny, subnormal, huge.
    tdiv = [(1, 3), (2, 3), (10**30, 3), (1, 10**400), (10**400, 10**399), (2**1100, 3),
            (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1075 - 1), (2**2000, 2**976),
            (2**2000, 2**977), (2**2000 - 1, 2**977), (-7, 2**60 + 1), (0, -5), (0, 5),
            (10**600, 7), (10**309, 10), (10**310, 10)]
    for _ in range(200):
        tdiv.append((rng.getrandbits(rng.randrange(1, 1200)) * rng.choice((1, -1)),
                     rng.getrandbits(rng.randrange(1, 1200)) or 1))
    for a, b in tdiv:
        lines.append(f"truediv {I(a)} {I(b)} {attempt(lambda: a / b, F)}")
    # From floats.
    fl = [0.0, -0.0, 0.5, -0.5, 1.5, -1.99, 1e10, 2.0**63, -2.0**63, 2.0**64, 1e300, -1e300,
          1.7976931348623157e308, 5e-324, float("inf"), float("-inf"), float("nan"),
          123456789.987]
    for _ in range(100):
        fl.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(63)))[0])
    for x in fl:
        lines.append(f"fromdouble {F(x)} {attempt(lambda: int(x), I)}")
    # From strings (all forms int() accepts on ASCII input) and the digit limit.
    strs = [("0", 0), ("-0", 10), ("  42  ", 10), ("+7", 0), ("0x_ff", 0), ("00", 0),
            ("010", 0), ("0_0", 0), (" 12 ", 0), ("1__0", 0), ("_1", 0), ("0b", 0),
            ("0x", 0), ("1_", 0), ("+0o17", 0), ("-0B1_1", 0), ("0_7", 0), ("0xff", 16),
            ("ff", 16), ("0b1", 16), ("0_1", 16), ("zz", 36), ("ZZ", 36), ("z", 35),
            ("1_000_000", 10), ("0o777", 8), ("777", 8), ("8", 8), ("0b101", 2),
            ("101", 2), ("", 10), ("  ", 10), ("-", 10), ("+-1", 10), ("1 2", 10),
            ("\t\n 99 \r\v\f", 10), ("0x1_2_3", 16), ("0X_1", 0), ("0o_", 0),
            ("12abc", 10), ("9" * 30, 10), ("-" + "7" * 50, 0), ("1" * 4300, 10),
            ("1" * 4301, 10), ("1" * 5000 + "x", 10), ("1" * 4301 + "_", 10),
            ("1_" * 4300 + "1", 10), ("0" * 5000, 10), ("f" * 5000, 16),
            ("1" * 6000, 2), ("7" * 4400, 8), ("z" * 4400, 36), ("-" + "9" * 4301, 0),
            ("0x" + "a" * 2000, 0), ("100", 3), ("-zz_zz", 36), ("10", 37), ("10", 1)]
    for _ in range(150):
        base = rng.choice([0, 2, 3, 7, 8, 10, 10, 10, 16, 16, 36])
        v = rng.getrandbits(rng.randrange(1, 2000)) * rng.choice((1, -1))
        if base in (0, 10):
            text = str(v)
        elif base == 16:
            text = format(v, "x")
        elif base == 8:
            text = format(v, "o")
        elif base == 2:
            text = format(v, "b")
        else:
            digs = "0123456789abcdefghijklmnopqrstuvwxyz"[:base]
            text = "".join(rng.choice(digs) for _ in range(rng.randrange(1, 300)))
        strs.append((text, base))
    for text, base in strs:
        try:
            got = I(int(text, base))
            nd = "-"
        except ValueError as e:
            got = err(e)
            nd = str(e).split("value has ")[1].split(" ")[0] if got == "!LIMIT" else "-"
        lines.append(f"fromstr {S(text)} {base} {got} {nd}")
    # Whole computations the test also times.
    lines.append(f"factorial 1000 {I(math.factorial(1000))} {str(math.factorial(1000))}")
    lines.append(f"fib 1000 {I(fib_n(1000))} {str(fib_n(1000))}")
    lines.append(f"pow2 10000 {I(2**10000)} {str(2**10000)}")
    return lines


def fib_n(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


# ---- main -----------------------------------------------------------------------------------

GENERATORS = {"bigint": gen_bigint}


def main():
    sys.set_int_max_str_digits(4300)
    os.makedirs(OUT, exist_ok=True)
    names = sys.argv[1:] or list(GENERATORS)
    for name in names:
        lines = GENERATORS[name]()
        path = os.path.join(OUT, name + ".txt")
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
        print(f"{path}: {len(lines)} cases")


if __name__ == "__main__":
    main()
