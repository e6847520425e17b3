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
    # round(int, -k), the int64 fast path, exact int/float comparison.
    for a in vals:
        for k in (1, 2, 3, 10, 30):
            lines.append(f"roundtens {I(a)} {k} {I(round(a, -k))}")
    for a, b in [(p, q) for p in small for q in small if rng.random() < 0.3 and
                 -2**63 <= p < 2**63 and -2**63 <= q < 2**63]:
        if b:
            q, r = divmod(a, b)
            fits = -2**63 <= q < 2**63
            lines.append(f"i64divmod {a} {b} " + (f"{q} {r}" if fits else "!OVERFLOW !OVERFLOW"))
        else:
            lines.append(f"i64divmod {a} {b} !ZERODIV !ZERODIV")
        lines.append(f"i64truediv {a} {b} {attempt(lambda: a / b, F)}")
    for a in [0, 1, -1, 2, -2, 3, 10, -10, 7, 2**31, 3037000499, 3037000500, -3037000500]:
        for e in (0, 1, 2, 3, 5, 10, 20, 40, 62, 63, 64, 100):
            v = a ** e
            lines.append(f"i64pow {a} {e} {v if -2**63 <= v < 2**63 else '!OVERFLOW'}")
    cmp_floats = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0**53, 2.0**63, -2.0**63, 2.0**64, 1e300,
                  -1e300, float("inf"), float("-inf"), float("nan"), 9007199254740993.0,
                  2.0**63 - 1024, 123.75]
    for a in vals + [2**53 + 1, 2**63 - 1, -2**63, 2**64, 123, 124]:
        for x in cmp_floats:
            c = 2 if math.isnan(x) else (a > x) - (a < x)
            lines.append(f"cmpdouble {I(a)} {F(x)} {c}")
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


# ---- floatfmt -----------------------------------------------------------------------------


def bits_to_float(u):
    return struct.unpack("<d", struct.pack("<Q", u))[0]


def interesting_floats(rng):
    vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 0.5, 1.5, 2.5, -2.5, 0.125,
            0.375, 1.25, 2.675, 1.005, 0.045, 1e16, 1e15, 9999999999999998.0,
            1234567890123456.0, 12345678901234567.0, 0.0001, 0.00001, 1e-05, 1.5e-5,
            123.456, -123.456, 1e22, 1e23, 1e100, 1e300, 1.7976931348623157e308,
            2.2250738585072014e-308, 2.225073858507201e-308, 5e-324, 1e-320, 2.0**53,
            2.0**53 + 2, 2.0**63, 2.0**64, 2.0**-1074, 2.0**1023, 9.5, 10.5, 99.5, 999.5,
            0.05, 0.15, 0.25, 0.35, 0.95, 4.35, 100.0, 1e10, 123456789.0, 3.14159265358979,
            2.0**0.5, 1e-7, 9.999999e-5, 0.000099999, 5e-5, 1e21, 1e-4, 8.41e21,
            float("inf"), float("-inf"), float("nan"), 7.0, 1e5, 1e6, 1e7, 123456.0,
            1234567.0, 0.000123456, 299792458.0, 6.02214076e23, 1.602e-19, 4.9e-324]
    for _ in range(150):
        vals.append(bits_to_float(rng.getrandbits(64)))
    for _ in range(120):
        k = rng.randrange(0, 8)
        vals.append(round(rng.uniform(-1000, 1000), k))
    for _ in range(60):
        vals.append(rng.random() * 10.0 ** rng.randrange(-30, 30))
    # Doubles just above and below powers of two, where repr's interval is lopsided.
    for e in (-1022, -500, -10, 0, 1, 10, 52, 53, 100, 500, 1023):
        p2 = 2.0**e
        vals += [p2, math.nextafter(p2, 0), math.nextafter(p2, math.inf)]
    vals += [x for x in (5e-324 * k for k in (2, 3, 7, 1000))]
    return [v for v in vals if not math.isnan(v) or True]


def float_spec(t, prec, alt, z):
    return ("z" if z else "") + ("#" if alt else "") + (f".{prec}" if prec >= 0 else "") + t


def gen_floatfmt():
    rng = random.Random(5150)
    lines = []
    vals = interesting_floats(rng)
    types = ["", "e", "E", "f", "F", "g", "G", "%", "n"]
    for x in vals:
        lines.append(f"repr {F(x)} {S(repr(x))}")
        lines.append(f"hash {F(x)} {hash(x) if not math.isnan(x) else 0}")
        for t in types:
            precs = [-1, 0, 1, 3, 6, 17] if t != "%" else [-1, 0, 2]
            if abs(x) > 1e50 and t in ("f", "F", "%"):
                precs = [-1, 0, 3]
            for prec in precs:
                if prec not in (-1, 0, 3):
                    combos = [(0, 0)]
                elif t == "" and prec == -1:
                    combos = [(0, 0), (0, 1)]
                else:
                    combos = [(0, 0), (1, 0), (0, 1)]
                for alt, z in combos:
                    spec = float_spec(t, prec, alt, z)
                    if t == "" and alt:
                        continue
                    flags = alt | (z << 1)
                    lines.append(f"fmt {F(x)} {t or '-'} {prec} {flags} {S(format(x, spec))}")
        for nd in (0, 1, 2, 3, 5, -1, -2, -5, 10, 17, 300, 400, -300, -400):
            lines.append(f"round {F(x)} {nd} {attempt(lambda: round(x, nd), F)}")
        if math.isfinite(x):
            lines.append(f"roundint {F(x)} {F(float(round(x)))}")
    # repr alone on many more doubles: random bit patterns, short decimals, powers.
    extra = [bits_to_float(rng.getrandbits(64)) for _ in range(3000)]
    extra += [round(rng.uniform(-1e4, 1e4), rng.randrange(0, 10)) for _ in range(2000)]
    extra += [rng.randrange(1, 10**rng.randrange(1, 18)) / 10.0**rng.randrange(0, 25)
              for _ in range(1000)]
    extra += [2.0**e for e in range(-1074, 1024, 7)] + [10.0**e for e in range(-323, 309)]
    for x in extra:
        lines.append(f"repr {F(x)} {S(repr(x))}")
    # Long fixed-point expansions and big precisions.
    for x, spec in [(1e308, ".2f"), (5e-324, ".400f"), (0.1, ".60f"), (1 / 3, ".100e"),
                    (2.0**-1074, ".1074f"), (1e22, ".30g"), (123.456, "#.0f"), (0.0, "#.0e"),
                    (1e-300, ".320f")]:
        t = spec[-1]
        prec = int(spec.strip("#").rstrip(t)[1:])
        lines.append(f"fmt {F(x)} {t} {prec} {1 if '#' in spec else 0} {S(format(x, spec))}")
    # Ties at round()'s boundaries and large negative ndigits.
    for x, nd in [(2.5, 0), (3.5, 0), (0.125, 2), (0.375, 2), (15.0, -1), (25.0, -1),
                  (35.0, -1), (25.000000001, -1), (5e307, -308), (1.5e308, -308),
                  (1e308, -308), (-0.001, 1), (-4.0, -1), (5.0, -1), (150.0, -2),
                  (250.0, -2), (1.7976931348623157e308, -300), (2.0**60, -17),
                  (123456789012345678.0, -3), (0.5, 0), (-0.5, 0), (1e-320, 322)]:
        lines.append(f"round {F(x)} {nd} {attempt(lambda: round(x, nd), F)}")
    for _ in range(200):
        x = rng.uniform(-1e6, 1e6)
        nd = rng.randrange(-6, 8)
        lines.append(f"round {F(x)} {nd} {attempt(lambda: round(x, nd), F)}")
    # Parsing as float() does.
    texts = ["1", "-1", "+1.5", " 2.5 ", "\t\n3\r", "1_000.5", "1__0", "_1", "1_", "1_.5",
             "1._5", "1.5_", "1e1_0", "1e_10", "1_e10", ".5", "5.", ".", "e5", "1e", "1e+",
             "1e-5", "1E5", "inf", "-inf", "+inf", "INF", "Infinity", "-iNfInItY", "infinit",
             "nan", "-nan", "NaN", "+NAN", "nana", "0x1p3", "1.5.5", "", " ", "-", "+",
             "1 2", "0", "-0", "00", "007", "0.1", "1e308", "1e309", "-1e400", "1e-400",
             "2.2250738585072011e-308", "4.9e-324", "2.4703282292062327e-324",
             "2.4703282292062328e-324", "9007199254740993", "1.00000000000000011102230246251565404236316680908203125",
             "1.00000000000000011102230246251565404236316680908203124",
             "1.00000000000000011102230246251565404236316680908203126",
             "0." + "0" * 400 + "1e400", "1" * 400, "3.14159_26535", "1.2e3.4", "١٢",
             "0_0", "0_0.0_0e0_0", "1e5_", "in f", "++1", "1e+-5", "infinity ", " nan"]
    for _ in range(150):
        x = bits_to_float(rng.getrandbits(64))
        if math.isfinite(x):
            texts.append(repr(x))
            texts.append(f"{x:.{rng.randrange(1, 25)}e}")
    for text in texts:
        text = text.encode().decode("unicode_escape") if "\\" in text else text
        if not text.isascii():
            continue
        lines.append(f"parse {S(text)} {attempt(lambda: float(text), F)}")
    # float.fromhex.
    hexes = ['1.8p3', '0x1.8p3', ' 0X1.8P+3 ', '0x.8p1', '0x1.p1', '0x1', '1', '-0x1p-1074',
             '0x1p-1075', '0x3p-1076', '0x1p1024', '0x1.fffffffffffff8p1023', 'inf',
             '-Infinity', 'nan', '0x', '.', '0xp1', '0x1p', '0x1p+', '1e5', '0x1_0', '',
             '0x1.8p3x', '0x1 p3', '0x0.0000000000001p-1022', '0xAbC.dEfp-7',
             '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0',
             '0x1p99999999999999999999', '0x0p99999999999999', '-0x0p0', '+0x1.0p-0',
             '0x1.fffffffffffff7ffffp1023', '0x10p-1078', 'x1p0', '0x-1p0', '--0x1']
    for _ in range(200):
        x = bits_to_float(rng.getrandbits(64))
        if math.isfinite(x):
            hexes.append(x.hex())
        hexes.append("0x" + "".join(rng.choice("0123456789abcdef") for _ in range(rng.randrange(1, 20)))
                     + "p" + str(rng.randrange(-1100, 1100)))
    for text in hexes:
        lines.append(f"fromhex {S(text)} {attempt(lambda: float.fromhex(text), F)}")
    # % and divmod.
    pairs = [(7.0, 2.0), (-7.0, 2.0), (7.0, -2.0), (-7.0, -2.0), (0.0, 3.0), (-0.0, 3.0),
             (0.0, -3.0), (1.0, 0.0), (1.0, -0.0), (5.5, 1.5), (1e308, 1e-308), (0.1, 0.01),
             (1.0, float("inf")), (-1.0, float("inf")), (1.0, float("-inf")),
             (float("inf"), 2.0), (3.0, 0.1), (-3.0, 0.1), (1e-320, 3e-320), (2.0**60, 3.0)]
    for _ in range(200):
        a = rng.uniform(-100, 100) * 10.0 ** rng.randrange(-3, 4)
        b = rng.uniform(-10, 10) * 10.0 ** rng.randrange(-3, 4)
        pairs.append((a, b))
    for a, b in pairs:
        lines.append(f"mod {F(a)} {F(b)} {attempt(lambda: a % b, F)}")
        lines.append(f"floordiv {F(a)} {F(b)} {attempt(lambda: a // b, F)}")
    return lines


# ---- formatspec ---------------------------------------------------------------------------


def random_spec(rng, types):
    parts = []
    if rng.random() < 0.4:
        parts.append(rng.choice(["", "*", "x", "0", "\u00e9", "\u65e5", "<", "{"]) +
                     rng.choice("<>=^"))
    parts.append(rng.choice(["", "", "+", "-", " "]))
    parts.append("z" if rng.random() < 0.1 else "")
    parts.append("#" if rng.random() < 0.2 else "")
    parts.append("0" if rng.random() < 0.25 else "")
    parts.append(rng.choice(["", "", "1", "5", "8", "12", "20"]))
    parts.append(rng.choice(["", "", "", ",", "_"]))
    parts.append(rng.choice(["", "", "", ".0", ".1", ".3", ".8", ".12"]))
    parts.append(rng.choice(types))
    return "".join(parts)


def fmt_case(kind, value, spec, tname):
    enc = I(value) if kind == "int" else F(value) if kind == "float" else S(value)
    try:
        got = S(format(value, spec))
    except (ValueError, OverflowError) as e:
        got = ("!OVERFLOW " if isinstance(e, OverflowError) else "!VALUE ") + S(str(e))
    return f"fmt {kind} {enc} {S(spec)} {tname} {got}"


def gen_formatspec():
    rng = random.Random(777)
    lines = []
    ints = [0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, 1234, -1234, 12345, 1234567, -1234567,
            2**31, 2**63 - 1, -2**63, 2**64, -2**64, 10**20, 10**30 + 7, -(3**70), 0x10FFFF,
            0x110000, 0x263A]
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 1234.5, -1234.5, 1234567.891, 0.001234,
              -0.0001, 1e-7, 1e16, 1.5e300, 123456789.0, 3.14159, -2.675, 100.0, 1e22,
              float("inf"), float("-inf"), float("nan"), 12345.6789, 0.1, 99.999]
    strs = ["", "a", "ab", "abc", "hello world", "\u65e5\u672c\u8a9e", "caf\u00e9",
            "x" * 30]
    int_types = ["", "", "d", "b", "o", "x", "X", "c", "n", "e", "f", "g", "%", "E", "G",
                 "F", "s", "q"]
    float_types = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x"]
    str_types = ["", "", "", "s", "d"]
    curated_int = ["", "d", "08,", "07,", "09,", "06,", "05,", "04,", "#012_x", "#011_b",
                   "=+10", "*^11,", "0=8", "x<05", "<05", "_x", "_o", "#_b", ",", "_", ",d",
                   ".2d", "c+", "+c", "#c", "z", "zd", ",c", ",n", "_n", ",_", "_,", ".", "xx",
                   "5.3.4", "1" * 30, "." + "1" * 30, "c", "=5c", "^5c", "<5c", "e", ".3e",
                   ",.2f", "%", "#x", "#X", "#o", "#b", "+d", " d", "-d", "=10", "^10",
                   "\u00e9^9", "q", "\u00e9", ",x", ",b", "010x", "#010x", "-#010x",
                   "+#10_o", " 020,", "=", "0", "00", "010", ",.3", "#", "_X", "_d",
                   "0>5", "^", ">"]
    curated_float = ["", ".3", ".0", "#.0", "e", ".0e", "#.0e", "f", ".2f", ",", "_",
                     "012,.1f", "010", "010,", "=+10", ",g", "011,e", "z", "z.1f", "z.0f",
                     ",.2%", "%", ".1%", "n", ".3n", "+", " ", "-", "#g", "#.3g", "G", "E",
                     "F", "^12.3f", "*<12", "=12", "0=12.2f", "+012.3e", ",.1e", "d", "s",
                     "x", ".", "1" * 30, ",n", "_n", "zx", ".100f", ".30e", "#", "#.3",
                     "#e", "#f", "#%", "z%", "z,", "0", "^", "20,.3f"]
    curated_str = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7.2", "\u00e9>5", ".2", ".0",
                   "05", "<05", "x<05", "+", " ", "-", "z", "#", "=", "=5", "d", ",", "_",
                   ",s", "10.3s", "0^9", ".100", "x", "c"]
    for v in ints:
        for spec in curated_int:
            lines.append(fmt_case("int", v, spec, "int"))
        for _ in range(40):
            lines.append(fmt_case("int", v, random_spec(rng, int_types), "int"))
    lines.append(fmt_case("int", 10**5000, "d", "int"))
    lines.append(fmt_case("int", 10**5000, ",", "int"))
    lines.append(fmt_case("int", 10**400, "e", "int"))
    lines.append(fmt_case("int", 10**300, "e", "int"))
    lines.append(fmt_case("int", True, "q", "bool"))
    for v in floats:
        for spec in curated_float:
            lines.append(fmt_case("float", v, spec, "float"))
        for _ in range(40):
            lines.append(fmt_case("float", v, random_spec(rng, float_types), "float"))
    for v in strs:
        for spec in curated_str:
            lines.append(fmt_case("str", v, spec, "str"))
        for _ in range(25):
            lines.append(fmt_case("str", v, random_spec(rng, str_types), "str"))
    # printf-style conversions.
    int_convs = "diuxXoc"
    float_convs = "eEfFgG"
    pf = []
    for _ in range(1500):
        flags = "".join(rng.choice(["", "-", "+", " ", "#", "0"]) for _ in range(rng.randrange(3)))
        width = rng.choice(["", "", "1", "5", "10", "*"])
        prec = rng.choice(["", "", ".0", ".1", ".3", ".8", ".*", "."])
        if rng.random() < 0.5:
            conv = rng.choice(int_convs)
            value = rng.choice(ints)
            kind = "int"
            if conv == "c" and not 0 <= value < 0x110000:
                value = 65
        else:
            conv = rng.choice(float_convs)
            value = rng.choice(floats)
            kind = "float"
        pf.append(("%" + flags + width + prec + conv, kind, value))
    pf += [("%5.2f", "float", 3.14159), ("%-8d|", "int", 42), ("%+05d", "int", 42),
           ("%#x", "int", 255), ("%#o", "int", 8), ("% d", "int", 5), ("%.3d", "int", 5),
           ("%05.1f", "float", -2.5), ("%c", "int", 65), ("%*d", "int", 3),
           ("%-*.*f|", "float", 3.14159), ("%#.0f", "float", 3.0), ("%x", "int", -255),
           ("%#X", "int", -255), ("%.0e", "float", 12345.0), ("%g", "float", 1e20),
           ("%#g", "float", 1.0), ("%u", "int", -3), ("%.5x", "int", 255),
           ("%#.5o", "int", 8), ("%+.3e", "float", 0.0), ("%08.3x", "int", 255),
           ("%-08d|", "int", 3), ("%010f", "float", float("inf")), ("%05c", "int", 65),
           ("%-010f|", "float", float("nan")), ("%+010.2f", "float", float("-inf")),
           ("%ld", "int", 5), ("%c", "int", 0x263A), ("%d", "int", 10**30),
           ("%x", "int", -(2**100)), ("%.1000f", "float", 1.0), ("%i", "int", -7)]
    for fmt, kind, value in pf:
        stars = []
        if "*" in fmt:
            for _ in range(fmt.count("*")):
                stars.append(rng.choice([0, 3, 7, -6]) if not stars or fmt.count("*") == 1
                             else rng.choice([0, 2, 5]))
        try:
            got = S(fmt % tuple(stars + [value]))
        except (ValueError, OverflowError) as e:
            got = "!" + S(str(e))
        st = [str(x) for x in stars] + ["-"] * (2 - len(stars))
        enc = I(value) if kind == "int" else F(value)
        lines.append(f"printf {S(fmt)} {kind} {enc} {st[0]} {st[1]} {got}")
    return lines


# ---- mt19937 -------------------------------------------------------------------------------


def gen_mt19937():
    pick = random.Random(99)  # chooses the operations; never the generator under test
    lines = []
    seeds = [0, 1, 2, 42, 12345, -5, 2**31, 2**32 - 1, 2**32, 2**64 + 3, 10**30, 3**200,
             -(2**100), 987654321]
    float_seeds = [0.5, 1.5, -2.25, 1e300]
    text_seeds = ["", "hello", "caf\u00e9", "\x00\x00abc", "x" * 111, "y" * 112, "z" * 239,
                  b"bytes seed", b"\x00" * 5]
    for seed in seeds + float_seeds + text_seeds:
        r = random.Random(seed)
        if isinstance(seed, (str, bytes)):
            raw = seed.encode() if isinstance(seed, str) else seed
            lines.append(f"seedbytes {'x' + raw.hex() if raw else 'x'}")
        elif isinstance(seed, float):
            lines.append(f"seedu64 {hash(seed) & 0xFFFFFFFFFFFFFFFF}")
        else:
            lines.append(f"seed {I(seed)}")
        for _ in range(220):
            op = pick.choice(["u32", "random", "bits", "bits", "randbelow", "randrange",
                              "randrange1", "randint", "choice", "shuffle", "sample",
                              "choices", "choicescum", "uniform", "gauss", "normal", "expo",
                              "randrangebig", "randbelowbig"])
            if op == "u32":
                lines.append(f"u32 {r.getrandbits(32)}")
            elif op == "random":
                lines.append(f"random {F(r.random())}")
            elif op == "bits":
                k = pick.choice([0, 1, 5, 31, 32, 33, 53, 63, 64, 65, 100, 128, 1000])
                lines.append(f"bits {k} {I(r.getrandbits(k))}")
            elif op == "randbelow":
                n = pick.choice([1, 2, 3, 7, 10, 100, 2**31, 2**32 + 1, 10**15, 2**63 - 1])
                lines.append(f"randbelow {n} {r._randbelow(n)}")
            elif op == "randbelowbig":
                n = pick.choice([2**64 + 1, 10**30, 3**150])
                lines.append(f"randbelowbig {I(n)} {I(r._randbelow(n))}")
            elif op == "randrange":
                a = pick.randrange(-50, 50)
                b = pick.randrange(-50, 50)
                st = pick.choice([1, 1, 2, 3, -1, -2, -7, 0])
                try:
                    v = str(r.randrange(a, b, st))
                except ValueError:
                    v = "!VALUE"
                lines.append(f"randrange {a} {b} {st} {v}")
            elif op == "randrange1":
                stop = pick.choice([1, 2, 10, 1000, 0, -3, 2**40])
                try:
                    v = str(r.randrange(stop))
                except ValueError:
                    v = "!VALUE"
                lines.append(f"randrange1 {stop} {v}")
            elif op == "randint":
                a = pick.randrange(-20, 20)
                b = a + pick.randrange(-2, 30)
                try:
                    v = str(r.randint(a, b))
                except ValueError:
                    v = "!VALUE"
                lines.append(f"randint {a} {b} {v}")
            elif op == "randrangebig":
                a = pick.choice([0, -(10**20), 2**70, 5])
                b = a + pick.choice([10**25, 3, -(10**22), 2**65])
                st = pick.choice([1, 7, -3, 10**18])
                try:
                    v = I(r.randrange(a, b, st))
                except ValueError:
                    v = "!VALUE"
                lines.append(f"randrangebig {I(a)} {I(b)} {I(st)} {v}")
            elif op == "choice":
                n = pick.choice([1, 2, 5, 100, 1000])
                lines.append(f"choice {n} {r.choice(range(n))}")
            elif op == "shuffle":
                n = pick.choice([0, 1, 2, 5, 10, 30])
                x = list(range(n))
                r.shuffle(x)
                lines.append(f"shuffle {n} " + " ".join(map(str, x)))
            elif op == "sample":
                n = pick.choice([5, 10, 21, 22, 30, 50, 100, 1000, 10**6])
                k = pick.choice([0, 1, 3, 5, 6, 10, 20])
                k = min(k, n)
                lines.append(f"sample {n} {k} " + " ".join(map(str, r.sample(range(n), k))))
            elif op == "choices":
                n = pick.choice([1, 3, 10, 1000])
                k = pick.choice([1, 5, 10])
                lines.append(f"choices {n} {k} " + " ".join(map(str, r.choices(range(n), k=k))))
            elif op == "choicescum":
                n = pick.choice([1, 3, 6])
                w = [pick.choice([0.0, 0.5, 1.0, 2.0, 3.25]) for _ in range(n)]
                w[-1] = w[-1] or 1.0
                cw = list(__import__("itertools").accumulate(w))
                k = pick.choice([1, 5])
                got = r.choices(range(n), cum_weights=cw, k=k)
                lines.append(f"choicescum {n} {k} " + " ".join(F(c) for c in cw) + " " +
                             " ".join(map(str, got)))
            elif op == "uniform":
                a, b = pick.uniform(-10, 10), pick.uniform(-10, 10)
                lines.append(f"uniform {F(a)} {F(b)} {F(r.uniform(a, b))}")
            elif op == "gauss":
                lines.append(f"gauss {F(1.5)} {F(2.0)} {F(r.gauss(1.5, 2.0))}")
            elif op == "normal":
                lines.append(f"normal {F(-1.0)} {F(0.5)} {F(r.normalvariate(-1.0, 0.5))}")
            elif op == "expo":
                lines.append(f"expo {F(1.5)} {F(r.expovariate(1.5))}")
    return lines


# ---- main -----------------------------------------------------------------------------------

GENERATORS = {"bigint": gen_bigint, "floatfmt": gen_floatfmt, "formatspec": gen_formatspec,
              "mt19937": gen_mt19937}


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
