"""decimal: ours against CPython's C module on random operands in every rounding mode
and many precisions, the edge cases (special values, signed zeros, subnormals,
overflow and underflow, clamping), the flags each operation sets and the exceptions
trapped signals raise; then a program run by our engine and by python3."""
import decimal
import fractions
import math
import random
from compare import load, same, same_output

ts = load("decimal", using=("numbers", "_decimal_digits", "_decimal_format"))

ROUNDINGS = [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN,
             decimal.ROUND_DOWN, decimal.ROUND_UP, decimal.ROUND_CEILING,
             decimal.ROUND_FLOOR, decimal.ROUND_05UP]
SIGNALS = ["InvalidOperation", "FloatOperation", "DivisionByZero", "Overflow", "Underflow",
           "Subnormal", "Inexact", "Rounded", "Clamped"]


def shown(value):
    """A result as comparable text (Decimals by repr; tuples and lists item by item)."""
    if isinstance(value, (tuple, list)):
        return type(value).__name__, [shown(v) for v in value]
    return repr(value)


def run(module, fn, settings):
    """fn(module) in a fresh context of the given settings, no traps but the usual
    ones: (result or exception, the flags set)."""
    settings = dict(settings)
    for key in ("traps", "flags"):
        if key in settings:
            settings[key] = [getattr(module, s.__name__) for s in settings[key]]
    ctx = module.Context(**settings)
    module.setcontext(ctx)
    try:
        result = ("ok", shown(fn(module)))
    except Exception as e:  # the comparison is about the exception itself
        result = ("raise", type(e).__name__, str(e))
    flags = [name for name in SIGNALS if ctx.flags[getattr(module, name)]]
    return result, flags


def check(label, fn, **settings):
    same(label, lambda: run(ts, fn, settings), lambda: run(decimal, fn, settings))


# ---- construction, str and repr -----------------------------------------------------
texts = ["0", "-0", "1", "-1", "1.5", "-1.50", "0.000", "123.456", "1e5", "1E+5", "1e-5",
         "1.23E-7", "-0E+3", "0E-12", ".5", "5.", "+.5e1", "1_000.000_1", "  12.5  ",
         "\t-3\n", "1e", "e5", ".", "", " ", "1.2.3", "1e5.5", "--1", "+-1", "1 0", "abc",
         "NaN", "nan", "-NaN", "NaN123", "-nan0045", "sNaN", "-sNaN7", "snan_1", "nanx",
         "Inf", "-inf", "Infinity", "-INFINITY", "infinit", "1e999999999", "1e-999999999",
         "123456789012345678901234567890123456789", "0.000001", "0.0000001", "1E-6",
         "100E-9", "12345E3", "-1.000000000000000000000000000000001", "\u0661\u0662",
         "\uff11.\uff15", "1\u00a0", "1__0", "_1_", "1e+_5", "0e0", "00012.3400",
         "9" * 60, "1" + "0" * 5000, "0." + "0" * 4500 + "1"]
for t in texts:
    check(f"Decimal({t[:40]!r})", lambda m: m.Decimal(t))
    check(f"str/eng {t[:40]!r}", lambda m: (str(m.Decimal(t)), m.Decimal(t).to_eng_string()))
    check(f"as_tuple {t[:40]!r}", lambda m: m.Decimal(t).as_tuple())
    check(f"create_decimal {t[:40]!r}", lambda m: m.getcontext().create_decimal(t), prec=5)

ints = [0, 1, -1, 7, -12345, 10 ** 30, -(10 ** 50) + 1, 2 ** 64, True]
floats = [0.0, -0.0, 0.1, -2.5, 1e-300, 5e-324, 1.7976931348623157e308, 123456.789,
          float("inf"), float("-inf"), float("nan"), 1 / 3]
for v in ints + floats:
    check(f"Decimal({v!r})", lambda m: m.Decimal(v))
    check(f"from_float({v!r})", lambda m: m.Decimal.from_float(v))
    check(f"create_decimal_from_float({v!r})",
          lambda m: m.getcontext().create_decimal_from_float(v), prec=6)
    check(f"create_decimal({v!r})", lambda m: m.getcontext().create_decimal(v), prec=6)
for tup in [(0, (1, 2, 3), -2), (1, (0,), 0), (1, (), 5), (0, [4, 5], 1), (0, (1,), "F"),
            (1, (1, 2), "n"), (0, (3,), "N"), (2, (1,), 0), (0, (10,), 0), (0, (1,), "x"),
            (0, (1,), 1.5), (0, "12", 0), (0, (1,)), [1, (1, 5), -1]]:
    check(f"Decimal({tup!r})", lambda m: m.Decimal(tup))
for bad in [None, 1j, [1, 2], {}, b"1", fractions.Fraction(1, 2)]:
    check(f"Decimal({bad!r})", lambda m: m.Decimal(bad))
check("Decimal(Decimal)", lambda m: m.Decimal(m.Decimal("-1.50")))
check("Decimal() default", lambda m: m.Decimal())
check("capitals=0 str", lambda m: (str(m.Decimal("1e20")), repr(m.Decimal("-1E-20"))),
      capitals=0)
check("eng", lambda m: [m.Decimal(s).to_eng_string() for s in
                        ["1E+5", "1E+6", "1.23E-7", "0E+4", "0E-8", "0E+1", "-123.45E+10",
                         "1E-1", "12E+2", "0.00E-3", "sNaN1", "-Inf"]])

# ---- conversions -------------------------------------------------------------------
values = ["0", "-0", "1.5", "2.5", "-2.5", "-1.4999", "1E+3", "123.456", "-0.0001",
          "1E+30", "9.99999999999999999999", "0.1", "1e-400", "NaN", "-NaN5", "sNaN",
          "Inf", "-Inf", "7", "-7.000", "1234567890123456789.5"]
for s in values:
    check(f"float({s})", lambda m: float(m.Decimal(s)))
    check(f"int({s})", lambda m: int(m.Decimal(s)))
    check(f"round({s})", lambda m: round(m.Decimal(s)))
    for n in (0, 1, 2, -1, -2):
        check(f"round({s}, {n})", lambda m: round(m.Decimal(s), n))
    check(f"floor/ceil/trunc({s})", lambda m: (math.floor(m.Decimal(s)),
                                                math.ceil(m.Decimal(s)),
                                                math.trunc(m.Decimal(s))))
    check(f"hash({s})", lambda m: hash(m.Decimal(s)) if not m.Decimal(s).is_qnan() else 0)
    check(f"bool({s})", lambda m: bool(m.Decimal(s)))
    check(f"as_integer_ratio({s})", lambda m: m.Decimal(s).as_integer_ratio())
    check(f"complex({s})", lambda m: complex(m.Decimal(s)))
    check(f"predicates({s})", lambda m: [getattr(m.Decimal(s), p)() for p in (
        "is_finite", "is_infinite", "is_nan", "is_qnan", "is_snan", "is_signed", "is_zero",
        "is_normal", "is_subnormal", "is_canonical", "adjusted")])
    check(f"number_class({s})", lambda m: m.Decimal(s).number_class())
    check(f"copies({s})", lambda m: (m.Decimal(s).copy_abs(), m.Decimal(s).copy_negate(),
                                     m.Decimal(s).copy_sign(m.Decimal(-1)),
                                     m.Decimal(s).copy_sign(3)))
    for rnd in ROUNDINGS:
        check(f"round({s}, 1) {rnd}", lambda m: round(m.Decimal(s), 1), rounding=rnd)
        check(f"to_integral({s}) {rnd}",
              lambda m: (m.Decimal(s).to_integral_value(), m.Decimal(s).to_integral_exact(),
                         m.Decimal(s).to_integral(rounding=m.ROUND_UP)), rounding=rnd)
for s in ["1", "-1", "0.5", "123.456", "1E+100", "-1.00E-50", "0", "-0"]:
    for x in [1, -1, 0, 10 ** 20, 0.5, 1.5, float("inf"), float("nan"),
              fractions.Fraction(1, 2), fractions.Fraction(-3, 7)]:
        check(f"hash eq {s} {x!r}", lambda m: (m.Decimal(s) == x, m.Decimal(s) != x,
                                               m.Decimal(s) < x, m.Decimal(s) >= x))
for text, x in [("1", 1), ("-3", -3), ("0", 0), ("1E+40", 10 ** 40), ("0.5", 0.5),
                ("-2.25", -2.25), ("1E+100", 10 ** 100), ("0.25", fractions.Fraction(1, 4)),
                ("-2.5", fractions.Fraction(-5, 2)), ("0.125", fractions.Fraction(1, 8)),
                ("1.2", fractions.Fraction(6, 5)), ("-0.001", fractions.Fraction(-1, 1000))]:
    check(f"hash {text}", lambda m: (hash(m.Decimal(text)), hash(m.Decimal(text)) == hash(x),
                                     m.Decimal(text) == x))
for x in [0.1, 1e300, -5e-324, 123.456]:
    check(f"hash float {x}", lambda m: (hash(m.Decimal(x)) == hash(x), m.Decimal(x) == x))
check("FloatOperation trapped <", lambda m: m.Decimal(1) < 1.5,
      traps=[decimal.FloatOperation])
check("FloatOperation trapped ==", lambda m: m.Decimal(1) == 1.5,
      traps=[decimal.FloatOperation])
check("FloatOperation trapped Decimal()", lambda m: m.Decimal(1.5),
      traps=[decimal.FloatOperation])
check("NaN order", lambda m: m.Decimal("NaN") < 1)
check("NaN order untrapped", lambda m: (m.Decimal("NaN") < 1, m.Decimal("NaN") >= 1,
                                        m.Decimal("NaN") == m.Decimal("NaN")), traps=[])
check("sNaN ==", lambda m: m.Decimal("sNaN") == 1)
check("sNaN hash", lambda m: hash(m.Decimal("sNaN")))
check("compare str", lambda m: m.Decimal(1) < "a")
check("== str", lambda m: m.Decimal(1) == "1")
check("sorted", lambda m: sorted([m.Decimal(s) for s in ["3", "-1", "2.5", "0", "-0.5"]]))
check("max/min builtins", lambda m: (max(m.Decimal(2), 3), min(m.Decimal("-Inf"), -10 ** 9)))

# ---- arithmetic on random operands ---------------------------------------------------
rng = random.Random(20261121)


def random_decimal_text():
    kind = rng.random()
    if kind < 0.03:
        return rng.choice(["NaN", "-NaN", "sNaN", "Inf", "-Inf", "NaN12"])
    if kind < 0.1:
        return rng.choice(["0", "-0", "0E+5", "-0E-7", "0.00"])
    size = rng.choice([1, 2, 3, 5, 9, 15, 28, 40])
    digits = "".join(rng.choice("0123456789") for _ in range(size))
    exp = rng.choice([0, 0, 0, -1, -2, -5, 3, rng.randint(-40, 40)])
    return ("-" if rng.random() < 0.4 else "") + (digits.lstrip("0") or "0") + f"E{exp:+d}"


BINARY = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
    "divmod": lambda a, b: divmod(a, b), "compare": lambda a, b: a.compare(b),
    "max": lambda a, b: a.max(b), "min": lambda a, b: a.min(b),
    "max_mag": lambda a, b: a.max_mag(b), "min_mag": lambda a, b: a.min_mag(b),
    "remainder_near": lambda a, b: a.remainder_near(b),
    "compare_total": lambda a, b: a.compare_total(b),
    "compare_total_mag": lambda a, b: a.compare_total_mag(b),
    "same_quantum": lambda a, b: a.same_quantum(b),
    "cmp": lambda a, b: (a == b, a != b) if a.is_nan() or b.is_nan() else (a < b, a == b, a >= b),
    "copy_sign": lambda a, b: a.copy_sign(b),
    "next_toward": lambda a, b: a.next_toward(b),
    "compare_signal": lambda a, b: a.compare_signal(b),
}
UNARY = {
    "neg": lambda a: -a, "pos": lambda a: +a, "abs": lambda a: abs(a),
    "normalize": lambda a: a.normalize(), "sqrt": lambda a: a.sqrt(),
    "next_plus": lambda a: a.next_plus(), "next_minus": lambda a: a.next_minus(),
    "logb": lambda a: a.logb(), "to_integral_exact": lambda a: a.to_integral_exact(),
    "exp": lambda a: a.exp() if a.is_nan() or a.is_infinite() or a.adjusted() < 3 else a,
    "ln": lambda a: a.ln(), "log10": lambda a: a.log10(),
    "str": lambda a: (str(a), a.to_eng_string()),
}
settings_list = []
for rnd in ROUNDINGS:
    for prec in (1, 3, 9, 28, 35):
        settings_list.append({"prec": prec, "rounding": rnd})
pairs = [(random_decimal_text(), random_decimal_text()) for _ in range(100)]
for i, (x, y) in enumerate(pairs):
    st = settings_list[i % len(settings_list)]
    for name, op in BINARY.items():
        check(f"{x} {name} {y} {st}", lambda m: op(m.Decimal(x), m.Decimal(y)), **st)
    check(f"{x} + int {st}", lambda m: (m.Decimal(x) + 7, 3 - m.Decimal(x), m.Decimal(x) * -2,
                                        10 / m.Decimal(x) if m.Decimal(x) else 0), **st)
    check(f"quantize {x} {y} {st}", lambda m: m.Decimal(x).quantize(m.Decimal(y)), **st)
    check(f"fma {x} {y} {st}", lambda m: m.Decimal(x).fma(m.Decimal(y), m.Decimal(x)), **st)
    for name, op in UNARY.items():
        check(f"{name}({x}) {st}", lambda m: op(m.Decimal(x)), **st)
        check(f"{name}({y}) {st}", lambda m: op(m.Decimal(y)), **st)
# Many more of the common operators, across all settings, untrapped.
for i in range(1200):
    x, y = random_decimal_text(), random_decimal_text()
    st = dict(settings_list[i % len(settings_list)], traps=[])
    name = ["+", "-", "*", "/", "//", "%"][i % 6]
    check(f"untrapped {x} {name} {y} {st}",
          lambda m: BINARY[name](m.Decimal(x), m.Decimal(y)), **st)

# ---- quantize, the money case and its rounding modes -----------------------------------
for s in ["1.005", "2.675", "-1.005", "0.125", "0.135", "1.0050000001", "999.995", "-0.005",
          "123", "1E+3", "0.0000001", "1E-30", "9999999999.999", "NaN", "Inf"]:
    for q in ["0.01", "1", "1E+1", "0.1", "1E-30", "Inf", "NaN", "1E-1000001"]:
        for rnd in ROUNDINGS:
            check(f"{s}.quantize({q}, {rnd})",
                  lambda m: m.Decimal(s).quantize(m.Decimal(q), rounding=rnd), prec=12)
check("quantize bad rounding", lambda m: m.Decimal(1).quantize(m.Decimal(1), rounding="x"))
check("quantize float", lambda m: m.Decimal(1).quantize(0.5))
check("quantize int", lambda m: m.Decimal("1.26").quantize(1))

# ---- powers ---------------------------------------------------------------------------
for base in ["2", "-2", "0.5", "-0.5", "10", "1.1", "3", "0", "-0", "1", "-1", "1.000",
             "Inf", "-Inf", "NaN", "12345.678", "1E-10", "9.99"]:
    for e in ["0", "1", "2", "3", "-1", "-2", "10", "-7", "0.5", "-0.5", "1.5", "2.25",
              "Inf", "-Inf", "NaN", "100", "-100", "1000"]:
        for st in ({"prec": 28}, {"prec": 9, "rounding": decimal.ROUND_UP},
                   {"prec": 15, "rounding": decimal.ROUND_FLOOR, "Emax": 99, "Emin": -99,
                    "traps": []}):
            check(f"{base} ** {e} {st}", lambda m: m.Decimal(base) ** m.Decimal(e), **st)
for a, b, c in [(2, 10, 7), (-2, 3, 5), (3, 0, 4), (0, 0, 3), (2, -1, 5), (2, 3, 0),
                ("2.5", 2, 3), (10 ** 30, 10 ** 20, 10 ** 9 + 7)]:
    check(f"pow({a}, {b}, {c})", lambda m: pow(m.Decimal(a), m.Decimal(b), m.Decimal(c)))
check("pow float", lambda m: m.Decimal(2) ** 0.5)
check("int ** Decimal", lambda m: 2 ** m.Decimal("0.5"))
check("huge power", lambda m: m.Decimal("1.0000001") ** 123456789)
check("huge negative power", lambda m: m.Decimal("1.0000001") ** -123456789, prec=20)
check("overflow power", lambda m: m.Decimal(10) ** 1000000)
check("overflow power untrapped", lambda m: m.Decimal(10) ** 1000000, traps=[])
check("underflow power", lambda m: m.Decimal(10) ** -1000000, traps=[])

# ---- mathematical functions, correctly rounded ------------------------------------------
for s in ["2", "10", "0.5", "1E-10", "1.0000000000000000000001", "123456789", "1E+100",
          "1E-100", "0.999999", "7.389056098930650227230427461", "100", "1E+5", "0.001",
          "3.14159", "1E+999", "1E-999", "-1", "0", "-0", "Inf", "-Inf", "NaN", "sNaN"]:
    for prec in (1, 5, 16, 28, 50):
        check(f"ln/log10/sqrt({s}) prec {prec}",
              lambda m: (m.Decimal(s).ln(), m.Decimal(s).log10(), m.Decimal(s).sqrt()),
              prec=prec, traps=[])
for s in ["1", "-1", "2.5", "-2.5", "10", "100", "-100", "1E-5", "-1E-30", "1E-30", "0.693",
          "230", "2302.6", "-2302.6", "1E+10", "-1E+10", "5000000", "-5000000"]:
    for prec in (3, 16, 28, 40):
        check(f"exp({s}) prec {prec}", lambda m: m.Decimal(s).exp(), prec=prec, traps=[])
for s in ["2", "0.25", "1E+10", "1E-9", "4E+1", "0.04", "16.0000", "1E+2", "8", "0"]:
    for rnd in (decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_UP):
        check(f"sqrt({s}) {rnd}", lambda m: m.Decimal(s).sqrt(), prec=10, rounding=rnd)

# ---- limits: overflow, underflow, subnormals, clamping -----------------------------------
small = {"prec": 5, "Emax": 9, "Emin": -9}
for s, t in [("9.9999E+9", "1.1"), ("1E-9", "0.1"), ("1E-9", "1E-5"), ("12345E+5", "10"),
             ("1E+9", "1E+9"), ("1.2345E-9", "0.01"), ("5E-13", "1"), ("1E-14", "1")]:
    for trap in ([], [decimal.Overflow], [decimal.Underflow], [decimal.Inexact],
                 [decimal.Subnormal, decimal.Rounded], [decimal.Clamped]):
        for rnd in (decimal.ROUND_HALF_EVEN, decimal.ROUND_DOWN, decimal.ROUND_CEILING,
                    decimal.ROUND_FLOOR):
            check(f"limits {s} * {t} {trap} {rnd}",
                  lambda m: (m.Decimal(s) * m.Decimal(t)), traps=trap, rounding=rnd, **small)
            check(f"limits {s} / {t} {trap} {rnd}",
                  lambda m: (m.Decimal(s) / m.Decimal(t)), traps=trap, rounding=rnd, **small)
for s in ["1E+9", "1E+5", "0E+20", "123E+7", "0E-20", "1E-12"]:
    check(f"clamp {s}", lambda m: (+m.Decimal(s), m.Decimal(s).normalize()), clamp=1, traps=[],
          **small)
    check(f"no clamp {s}", lambda m: (+m.Decimal(s), m.Decimal(s).normalize()), traps=[], **small)
check("Etiny/Etop", lambda m: (m.getcontext().Etiny(), m.getcontext().Etop()), **small)
check("next_plus max", lambda m: m.Decimal("9.9999E+9").next_plus(), **small)
check("next_minus tiny", lambda m: m.Decimal("1E-13").next_minus(), **small)
check("next_toward", lambda m: m.Decimal("9.9999E+9").next_toward(m.Decimal("Inf")), traps=[],
      **small)
check("scaleb", lambda m: (m.Decimal("1.5").scaleb(3), m.Decimal("1.5").scaleb(-3),
                           m.Decimal("1").scaleb(m.Decimal("1.5"))), traps=[])
check("shift/rotate", lambda m: (m.Decimal(12345).shift(2), m.Decimal(12345).shift(-2),
                                 m.Decimal(12345).rotate(2), m.Decimal(12345).rotate(-3)),
      prec=9)
check("logical", lambda m: (m.Decimal(1100).logical_and(1010), m.Decimal(1100).logical_or(1010),
                            m.Decimal(1100).logical_xor(1010), m.Decimal(1100).logical_invert(),
                            m.Decimal(12).logical_and(1)), prec=9, traps=[])

# ---- signals and the exceptions they raise ----------------------------------------------
errors = {
    "1/0": lambda m: m.Decimal(1) / 0, "0/0": lambda m: m.Decimal(0) / 0,
    "1//0": lambda m: m.Decimal(1) // 0, "1%0": lambda m: m.Decimal(1) % 0,
    "0%0": lambda m: m.Decimal(0) % 0, "divmod(1, 0)": lambda m: divmod(m.Decimal(1), 0),
    "divmod(0, 0)": lambda m: divmod(m.Decimal(0), 0),
    "divmod(inf, 3)": lambda m: divmod(m.Decimal("Inf"), 3),
    "divmod(3, inf)": lambda m: divmod(m.Decimal(3), m.Decimal("-Inf")),
    "syntax": lambda m: m.Decimal("1.2.3"), "sNaN+1": lambda m: m.Decimal("sNaN") + 1,
    "inf-inf": lambda m: m.Decimal("Inf") - m.Decimal("Inf"),
    "inf*0": lambda m: m.Decimal("Inf") * 0, "sqrt(-1)": lambda m: m.Decimal(-1).sqrt(),
    "ln(0)": lambda m: m.Decimal(0).ln(), "log10(-1)": lambda m: m.Decimal(-1).log10(),
    "1E+999999*10": lambda m: m.Decimal("1E+999999") * 10,
    "1E-999999/1E+30": lambda m: m.Decimal("1E-999999") / m.Decimal("1E+30"),
    "big //": lambda m: m.Decimal("1E+50") // 3, "big %": lambda m: m.Decimal("1E+50") % 3,
    "quantize too many digits": lambda m: m.Decimal("123456").quantize(m.Decimal("0.0001")),
    "1 + float": lambda m: m.Decimal(1) + 1.5, "float + 1": lambda m: 1.5 + m.Decimal(1),
    "1 * complex": lambda m: m.Decimal(1) * 1j, "1 ** None": lambda m: m.Decimal(1) ** None,
    "1 - str": lambda m: m.Decimal(1) - "a", "max float": lambda m: m.Decimal(1).max(2.5),
    "2 * str": lambda m: m.Decimal(2) * "ab", "2 * list": lambda m: m.Decimal(2) * [1],
    "1 + list": lambda m: m.Decimal(1) + [1], "1 % tuple": lambda m: m.Decimal(1) % (1,),
    "int(NaN)": lambda m: int(m.Decimal("NaN")), "int(-Inf)": lambda m: int(m.Decimal("-Inf")),
    "float(sNaN)": lambda m: float(m.Decimal("sNaN")),
    "round(inf)": lambda m: round(m.Decimal("Inf")),
    "round(x, 'a')": lambda m: round(m.Decimal(1), "a"),
    "round big": lambda m: round(m.Decimal("1E+40"), 2),
    # (Not [1, 2][Decimal(1)]: CPython's message names the C type 'decimal.Decimal',
    # which the interpreter writes for a Python class as 'Decimal'.)
}
for name, fn in errors.items():
    check(f"error {name}", fn)
    check(f"error {name} untrapped", fn, traps=[])
check("raise caught as ZeroDivisionError",
      lambda m: isinstance(m.DivisionByZero(), ZeroDivisionError) and
      issubclass(m.DivisionUndefined, ZeroDivisionError) and
      issubclass(m.FloatOperation, TypeError) and issubclass(m.Overflow, m.Inexact))
check("hierarchy", lambda m: [[b.__name__ for b in getattr(m, n).__mro__] for n in (
    "DecimalException", "Clamped", "InvalidOperation", "ConversionSyntax", "DivisionByZero",
    "DivisionImpossible", "DivisionUndefined", "Inexact", "InvalidContext", "Rounded",
    "Subnormal", "Overflow", "Underflow", "FloatOperation")])

# ---- contexts ---------------------------------------------------------------------------
check("default context", lambda m: repr(m.getcontext()))
check("templates", lambda m: (repr(m.DefaultContext), repr(m.BasicContext),
                              repr(m.ExtendedContext)))
check("Context()", lambda m: repr(m.Context(prec=5, rounding=m.ROUND_UP, Emin=-3, Emax=4,
                                             capitals=0, clamp=1, flags=[m.Inexact],
                                             traps=[m.Overflow, m.Clamped])))
for kw in [{"prec": 0}, {"prec": "x"}, {"prec": 2.5}, {"rounding": "x"}, {"rounding": 3},
           {"Emin": 1}, {"Emax": -1}, {"capitals": 2}, {"clamp": 2}, {"flags": {}},
           {"traps": {decimal.Inexact: True}}, {"traps": ["x"]}, {"prec": 10 ** 20}]:
    check(f"Context({kw})", lambda m: repr(m.Context(**{k: (getattr(m, v.__name__)
                                                             if isinstance(v, type) else v)
                                                         for k, v in kw.items()})))
check("flags repr", lambda m: (m.Decimal(1) / 3, repr(m.getcontext().flags),
                               repr(m.getcontext().traps)))
check("flags access", lambda m: (m.getcontext().flags[m.Inexact], m.getcontext().traps[m.Overflow],
                                 m.getcontext().flags[m.ConversionSyntax]))
check("flags bad key", lambda m: m.getcontext().flags["x"])
check("set attribute", lambda m: setattr(m.getcontext(), "foo", 1))
check("set traps list", lambda m: setattr(m.getcontext(), "traps", [m.Inexact]))


def traps_dict(m):
    ctx = m.getcontext()
    ctx.traps[m.Inexact] = True
    try:
        m.Decimal(1) / 3
    except m.Inexact as e:
        return "raised", str(e), repr(ctx)


check("trap Inexact", traps_dict)


def local_contexts(m):
    out = []
    with m.localcontext() as ctx:
        ctx.prec = 5
        out.append(m.Decimal(1) / 7)
    out.append(m.Decimal(1) / 7)
    with m.localcontext(prec=3, rounding=m.ROUND_DOWN) as ctx:
        out.append((m.Decimal(2) / 3, repr(ctx)))
        with m.localcontext(m.BasicContext) as inner:
            out.append((m.Decimal(2) / 3, repr(inner)))
        out.append(m.Decimal(2) / 3)
    out.append(repr(m.getcontext()))
    c = m.Context(prec=4)
    m.setcontext(c)
    out.append((m.getcontext() is c, m.Decimal(1) / 3))
    m.setcontext(m.ExtendedContext)
    out.append((m.getcontext() is m.ExtendedContext, repr(m.getcontext())))
    return out


check("localcontext", local_contexts)
check("localcontext bad kw", lambda m: m.localcontext(prec=5, foo=3))
check("localcontext bad prec", lambda m: m.localcontext(prec="x"))
check("localcontext bad ctx", lambda m: m.localcontext(5))
check("setcontext bad", lambda m: m.setcontext(5))
check("context methods", lambda m: [
    m.getcontext().add(1, 2), m.getcontext().subtract(1, m.Decimal("0.5")),
    m.getcontext().multiply(3, 4), m.getcontext().divide(1, 3), m.getcontext().divide_int(7, 2),
    m.getcontext().remainder(-7, 2), m.getcontext().divmod(-7, 2), m.getcontext().power(2, 10),
    m.getcontext().power(2, 10, 1000), m.getcontext().sqrt(2), m.getcontext().exp(1),
    m.getcontext().ln(10), m.getcontext().log10(1000), m.getcontext().abs(-3),
    m.getcontext().minus(3), m.getcontext().plus(m.Decimal("1.23456")),
    m.getcontext().quantize(m.Decimal("1.2345"), m.Decimal("0.01")),
    m.getcontext().compare(1, 2), m.getcontext().max(1, 2), m.getcontext().min_mag(-1, 2),
    m.getcontext().to_sci_string(m.Decimal("1E+7")),
    m.getcontext().to_eng_string(m.Decimal("1E+7")),
    m.getcontext().is_zero(0), m.getcontext().number_class(m.Decimal("-Inf")),
    m.getcontext().fma(2, 3, 4), m.getcontext().copy_sign(1, -2), m.getcontext().Etiny(),
    m.getcontext().create_decimal("1.23456789"), m.getcontext().radix(),
    m.getcontext().same_quantum(m.Decimal("1.0"), m.Decimal("2.0")),
    m.getcontext().to_integral_exact(m.Decimal("2.5"))], prec=6)
check("context method float", lambda m: m.getcontext().add(1, 2.5))
check("module names", lambda m: sorted(k for k in dir(m) if not k.startswith("_")))
check("constants", lambda m: (m.MAX_PREC, m.MAX_EMAX, m.MIN_EMIN, m.MIN_ETINY, m.HAVE_THREADS,
                              m.HAVE_CONTEXTVAR, m.__version__, m.ROUND_05UP))
check("DecimalTuple", lambda m: (m.DecimalTuple(0, (1,), 2),
                                 m.Decimal(m.DecimalTuple(1, (2, 5), -1))))
check("as_tuple specials",
      lambda m: [m.Decimal(s).as_tuple() for s in ["NaN", "-sNaN12", "Inf", "-0"]])
check("real/imag", lambda m: (m.Decimal(3).real, m.Decimal(3).imag, m.Decimal(3).conjugate(),
                              m.Decimal(10).radix()))
check("subclass", lambda m: type(type("D", (m.Decimal,), {})("1.5")).__name__)
check("subclass op", lambda m: type(type("D", (m.Decimal,), {})("1.5") + 1).__name__)
# (Fraction(Decimal) is checked in the engine program below: CPython's fractions
# knows only CPython's Decimal.)

# ---- format() ---------------------------------------------------------------------------
specs = ["", "10", "<10", "^10", ">10", "=10", "010", "+", " ", "z", "z.1f", ",", "_", ".2",
         ".2f", ".0f", "e", "E", ".3e", ".0e", "g", "G", ".2g", ".0g", "%", ".1%", ".0%", "n",
         "#", "015,.2f", "*^20.3e", "x", "<05", ",.2", "F", "f", ",f", "08.3f", "+015,.3f",
         "-^+12", "€>12.2f", ".30f", ".50e", "20,", "0", ".", ".f"]
fvalues = ["1234.5678", "-0.000012345", "0", "-0", "1E+5", "0E+3", "Infinity", "-NaN12",
           "0.00", "123456789", "-1234567.891", "0.5", "9.995", "-0.0049", "1E-10", "1.5E+30"]
for spec in specs:
    for v in fvalues:
        check(f"format({v}, {spec!r})", lambda m: format(m.Decimal(v), spec))
check("f-string",
      lambda m: f"{m.Decimal('19.999'):.2f} {m.Decimal('3'):>5} {m.Decimal('0.1234'):.1%}")
for rnd in ROUNDINGS:
    check(f"format rounding {rnd}", lambda m: [format(m.Decimal(v), ".1f") for v in
                                               ["0.25", "0.35", "-0.25", "0.251", "-0.05"]],
          rounding=rnd)
check("format capitals",
      lambda m: (format(m.Decimal("1E+30"), ""), format(m.Decimal("1E+30"), ".3")),
      capitals=0)

# ---- odd corners: exponent limits of Decimal(), NaN payloads, mixed types ------------------
corners = {
 'bigexp': lambda m: m.Decimal('1e999999999999999999'),
 'bigexp2': lambda m: m.Decimal('1e9999999999999999999999'),
 'bigexp3': lambda m: m.Decimal('1e-9999999999999999999999'),
 'bigexp+1': lambda m: m.Decimal('1e9999999999999999999999') + 1,
 'nanpayload': lambda m: m.Decimal('NaN' + '1' * 40),
 'nanpayload+': lambda m: m.Decimal('NaN' + '1' * 40) + 1,
 'nan create': lambda m: m.getcontext().create_decimal('NaN' + '1' * 40),
 'snan create': lambda m: m.getcontext().create_decimal('sNaN123'),
 'tuple big': lambda m: m.Decimal((0, (1,) * 5, 10**20)),
 'hash bigexp': lambda m: hash(m.Decimal('1e100000')),
 'int bigneg': lambda m: int(m.Decimal('-1e-99999')),
 'float tiny': lambda m: float(m.Decimal('1e-400')),
 'float big': lambda m: float(m.Decimal('1e400')),
 'round neg': lambda m: round(m.Decimal('12345.678'), -2),
 'round neg2': lambda m: round(m.Decimal('12345.678'), -10),
 'quant huge': lambda m: m.Decimal('1').quantize(m.Decimal('1e-30')),
 'str long': lambda m: str(m.Decimal('1' * 5000))[:10],
 'eq str': lambda m: m.Decimal('1') == '1',
 'copy_sign nan': lambda m: m.Decimal('NaN').copy_sign(m.Decimal(-1)),
 'compare_total nan': lambda m: m.Decimal('NaN1').compare_total(m.Decimal('NaN2')),
 'to_eng': lambda m: [m.Decimal(x).to_eng_string()
                      for x in ['1E+1', '1E+2', '1E+3', '-1.2E-7', '0.00E+5', '123E-10']],
 'context eq': lambda m: m.Context() == m.Context(),
 'flags eq': lambda m: m.getcontext().flags == m.Context().flags,
 'abs nan': lambda m: abs(m.Decimal('-NaN7')),
 'neg snan': lambda m: -m.Decimal('-sNaN7'),
 'logb': lambda m: [m.Decimal(x).logb() for x in ['250', '0.03', '1']],
 'max nan': lambda m: m.Decimal('NaN').max(m.Decimal(5)),
 'fma': lambda m: m.Decimal(2).fma(3, m.Decimal('NaN')),
 'from_float nan sign': lambda m: m.Decimal.from_float(-float('nan')),
 'repr ctx traps': lambda m: m.Context(traps={getattr(m, s): False for s in SIGNALS}),
 'clear': lambda m: (m.getcontext().clear_traps(), m.getcontext())[1],
 'decimal in int': lambda m: int(m.Decimal('12.9')) + m.Decimal(1),
 'bool nan': lambda m: bool(m.Decimal('NaN')),
 'complex op': lambda m: m.Decimal(1) == 1j,
 'lt none': lambda m: m.Decimal(1) < None,
 'radd none': lambda m: None + m.Decimal(1),
 'divmod float': lambda m: divmod(m.Decimal(1), 1.5),
 'sum float': lambda m: sum([m.Decimal(1), 0.5]),
 'Context kw': lambda m: m.Context(28, m.ROUND_UP, -5, 5, 0, 1),
 'ctx bad type': lambda m: m.Context(prec=True),
 'localcontext ctx': lambda m: m.localcontext(m.Context(prec=3)).__enter__(),
 'create nan': lambda m: m.getcontext().create_decimal(m.Decimal('sNaN')),
 'Decimal ctx': lambda m: m.Decimal('1.2345', m.Context(prec=2)),
 'Decimal bad ctx': lambda m: m.Decimal('1.2345', 5),
 'Decimal bad ctx2': lambda m: m.Decimal('x', m.Context(traps=[])),
 'as_tuple': lambda m: m.Decimal('-0E-3').as_tuple(),
 'sqrt -0': lambda m: m.Decimal('-0.00').sqrt(),
 'exp prec1': lambda m: m.Context(prec=1).exp(m.Decimal(1)),
 'ln 1.000': lambda m: m.Decimal('1.000').ln(),
 'log10 1.00': lambda m: m.Decimal('1.00').log10(),
 'log10 100.0': lambda m: m.Decimal('100.0').log10(),
 'exact limits': lambda m: [str(m.Decimal(t)) for t in [
     '1e-1999999999999999997', '0e999999999999999999', '12e999999999999999997']],
 'over limits': lambda m: m.Decimal('1e-1999999999999999998'),
 'over limits zero': lambda m: m.Decimal('0e1000000000000000000'),
 'over limits untrapped': lambda m: (m.getcontext().clear_traps(),
                                     m.Decimal('12e999999999999999998'),
                                     m.Decimal('1e99999999999999999999'))[1:],
}
corners["_apply"] = lambda m: [m.Context(prec=3)._apply(x) for x in (m.Decimal("1.23456"),
                                                                   m.Decimal("sNaN12345"), 9999)]
for name, fn in corners.items():
    check(f"corner {name}", fn)

# Random format specs (fill, align, sign, 'z', '0', width, ',', precision, type; some
# invalid) on random values, in random roundings.
frng = random.Random(77)


def random_spec():
    spec = ""
    if frng.random() < 0.3:
        if frng.random() < 0.5:
            spec += frng.choice("*x0 _-z\u20ac")
        spec += frng.choice("<>=^")
    if frng.random() < 0.3:
        spec += frng.choice("+- ")
    if frng.random() < 0.1:
        spec += "z"
    if frng.random() < 0.05:
        spec += "#"
    if frng.random() < 0.2:
        spec += "0"
    if frng.random() < 0.5:
        spec += str(frng.randint(0, 25))
    if frng.random() < 0.2:
        spec += frng.choice([",", "_"])
    if frng.random() < 0.6:
        spec += "." + str(frng.randint(0, 12))
    if frng.random() < 0.8:
        spec += frng.choice("eEfFgGn%")
    return spec


for i in range(1500):
    value, spec = random_decimal_text(), random_spec()
    st = {"rounding": ROUNDINGS[i % 8], "capitals": i % 2, "prec": (3, 28)[i % 3 == 0]}
    check(f"format({value}, {spec!r}) {st}", lambda m: format(m.Decimal(value), spec), **st)

# ---- our engine runs the module too (programs, since they need our interpreter) ----------
same_output("decimal_engine", r'''
from decimal import *
import decimal, asyncio, random, math, numbers
from fractions import Fraction
rng = random.Random(5)
def t(f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__module__}.{type(e).__name__}: {e}"
    print(repr(r))
def rnd():
    d = "".join(rng.choice("0123456789") for _ in range(rng.choice([1, 3, 12, 30])))
    return rng.choice(["", "-"]) + d + "E" + str(rng.randint(-30, 30))
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR,
         ROUND_HALF_DOWN, ROUND_05UP]
for i in range(150):
    a, b = Decimal(rnd()), Decimal(rnd())
    with localcontext(prec=rng.choice([3, 9, 28]), rounding=modes[i % 8], traps=[]) as ctx:
        print(a + b, a - b, a * b, a / b if b else "-", a // b if b else "-",
              a % b if b else "-", a.compare(b), a.quantize(Decimal("0.01")),
              abs(a).sqrt(), sorted(ctx.flags.items(), key=lambda kv: kv[0].__name__) == [],
              hash(a) == hash(a.normalize()), round(a, 2), format(a, ",.3f"), format(b, ".4e"))
print(Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
print(Decimal(0.1), Decimal.from_float(1.5), Decimal((1, (3, 1, 4), -2)))
print(Decimal(2).sqrt(), Decimal(2).exp(), Decimal(2).ln(), Decimal(2).log10(),
      Decimal(2) ** Decimal("0.5"), Decimal("1.1") ** 20, Decimal(3) ** -3)
print(hash(Decimal("0.5")) == hash(0.5), hash(Decimal(7)) == hash(7),
      hash(Decimal("1.25")) == hash(Fraction(5, 4)), Decimal("0.5") == Fraction(1, 2))
print(Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("-0.5")), Fraction.from_decimal(3),
      Decimal("0.3") < Fraction(1, 3), Fraction(1, 3) > Decimal("0.3"),
      Decimal("0.75") == Fraction(3, 4),
      isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
t(lambda: Fraction(Decimal("NaN")))
t(lambda: Fraction.from_decimal(1.5))
print(int(Decimal("-7.9")), float(Decimal("2.5")), math.floor(Decimal("-2.5")),
      round(Decimal("2.5")), round(Decimal("3.5")), Decimal("7.25").as_integer_ratio())
print(getcontext())
t(lambda: Decimal("abc"))
t(lambda: Decimal(1) / 0)
t(lambda: Decimal(0) / 0)
t(lambda: divmod(Decimal(1), 0))
t(lambda: Decimal(1) + 1.5)
t(lambda: 1.5 * Decimal(1))
t(lambda: Decimal("1E+999999") * 10)
t(lambda: Decimal(1) < "x")
t(lambda: Context(prec=0))
t(lambda: Context(rounding="x"))
t(lambda: localcontext(foo=1))
t(lambda: getcontext().flags["x"])
print(repr(getcontext().flags))
getcontext().traps[Inexact] = True
t(lambda: Decimal(1) / 3)
getcontext().traps[Inexact] = False
print(f"{Decimal('1234567.891'):,.2f} {Decimal('-0.5'):+08.2f}",
      f"{Decimal('0.0712'):.1%} {Decimal('1E+7'):e}")
async def worker(name, prec):
    with localcontext() as ctx:
        ctx.prec = prec
        await asyncio.sleep(0.01 * prec)
        return name, str(Decimal(1) / 7), getcontext().prec
async def main():
    getcontext().prec = 10
    results = await asyncio.gather(*(worker(f"w{p}", p) for p in (3, 6, 9)))
    print(results, getcontext().prec)
    async def setter():
        getcontext().prec = 4
        return str(Decimal(2) / 3)
    print(await asyncio.create_task(setter()), getcontext().prec, Decimal(2) / 3)
asyncio.run(main())
print(Decimal(2) / 3)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)
try:
    Decimal("x")
except decimal.InvalidOperation as e:
    print("caught", repr(e))
''')

# Decimals with the other modules (pickle, copy, statistics, json), formatting with %
# and str.format, subclasses, sets and dicts, FloatOperation traps.
same_output("decimal_engine_misc", r'''
from decimal import *
import decimal, pickle, copy, statistics, json, math
d = Decimal("1.50")
print(pickle.dumps(d), pickle.loads(pickle.dumps(d)), copy.copy(d), copy.deepcopy([d]))
print(pickle.loads(pickle.dumps(getcontext())))
print(statistics.mean([Decimal("1.5"), Decimal("2.25"), Decimal("3")]),
      statistics.median([Decimal(1), Decimal(2)]))
print(sum([Decimal("0.1")] * 10), max(Decimal(1), 2, Decimal("1.5")))
try: json.dumps(d)
except TypeError as e: print(e)
print(type(d), Decimal, repr(getcontext().flags)[:60], type(getcontext()))
print(isinstance(d, decimal.Decimal), d.__class__.__name__, Decimal.__name__, Decimal.__qualname__)
print(f"{d!r} {d!s} {d:10.3f}|{d:<10}|{d:^+10}|", "%s %r" % (d, d), str.format("{0:.1f}", d))
print("%.2f" % Decimal("2.675"), "%d" % Decimal("7.9"), "%e" % Decimal("12345"))
print(math.sqrt(Decimal(2)), math.isclose(Decimal("1.0"), 1.0), Decimal(5) // 2,
      -Decimal(7) // 2, -Decimal(7) % 2, divmod(Decimal(-7), 2))
print(Decimal("1e3") == 1000, {Decimal("1.0"): "a"}[1], {1: "x"}[Decimal("1.00")],
      Decimal(3) in {3}, sorted({Decimal("2"), Decimal("-1"), Decimal("0.5")}))
class Money(Decimal):
    def __repr__(self): return f"Money({str(self)})"
m = Money("3.50")
print(m, repr(m), type(m + 1).__name__, type(-m).__name__, Money.from_float(0.5),
      type(Money.from_float(0.5)).__name__)
print(Decimal("12.345").as_tuple(), Decimal(-0.0), Decimal("-0").is_signed(),
      Decimal(10) ** Decimal(-2))
print(list(map(Decimal, ["1", "2.5"])), [round(Decimal(x) / 3, 4) for x in range(3)])
print(Decimal.__doc__ is not None, hash(Decimal("0.1")) == hash(Decimal("0.100")))
with localcontext() as c:
    c.traps[FloatOperation] = True
    try: Decimal(1.5)
    except FloatOperation as e: print("FloatOperation", e)
    try: print(Decimal(1) == 1.0, Decimal(1) < 2.0)
    except FloatOperation as e: print("FloatOperation", e)
print(Decimal(" 12 ") + Decimal("1E2"), Decimal("Infinity") > 10**100, -Decimal("inf"))
import traceback
try:
    total = Decimal(1) / 0
except ZeroDivisionError:
    # CPython's decimal is C: no frames of it in the traceback (the File lines name
    # the program's path, which differs).
    print([line for line in traceback.format_exc().splitlines() if "File" not in line])
D = Decimal
data = [D("1.5"), D("2.25"), D("3"), D("10.125"), D("-4")]
for f in (statistics.mean, statistics.median, statistics.variance, statistics.pvariance,
          statistics.stdev, statistics.pstdev, statistics.fmean, statistics.median_low,
          statistics.mode):
    try: print(f.__name__, repr(f(data)))
    except Exception as e: print(f.__name__, type(e).__name__, e)
with localcontext(prec=5):
    print(statistics.stdev([D(1), D(2), D(4)]), statistics.mean([D(1), D(2), D(4)]))
try: statistics.mean([D(1), 2.5])
except TypeError as e: print(e)
''')

# 2,000 random operations in random contexts, run by our engine (and our interpreter
# under the module) against CPython's C module.
same_output("decimal_engine_random", r'''
from decimal import *
import random
rng = random.Random(11)
R = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP, ROUND_CEILING,
     ROUND_FLOOR, ROUND_05UP]
OPS = ["a + b", "a - b", "a * b", "a / b", "a // b", "a % b", "divmod(a, b)", "a ** b", "a ** 3",
       "a ** -2", "a.fma(b, a)", "a.quantize(b)", "a.sqrt()", "a.exp()", "a.ln()", "a.log10()",
       "a.normalize()", "-a", "abs(a)", "a.next_plus()", "a.next_toward(b)", "a.max(b)",
       "a.compare(b)", "a.to_integral_exact()", "a.logb()", "a.scaleb(3)", "format(a, '.3f')",
       "format(a, ',.2e')", "format(a, '>15.4g')", "round(a, 2)", "str(a)", "a.to_eng_string()",
       "hash(a) if not a.is_nan() else 0", "a.as_tuple()", "(a < b, a == b)",
       "a.remainder_near(b)", "float(a)", "int(a)", "a.as_integer_ratio()"]
def rdec():
    k = rng.random()
    if k < 0.04:
        return rng.choice(["NaN", "-NaN", "sNaN", "Inf", "-Inf", "NaN12"])
    if k < 0.12:
        return rng.choice(["0", "-0"]) + "E" + str(rng.randint(-30, 30))
    nd = rng.choice([1, 2, 3, 4, 6, 9, 12, 20, 30])
    d = str(rng.randint(10 ** (nd - 1), 10 ** nd - 1))
    return rng.choice(["", "-"]) + d + "E" + str(rng.choice([0, 0, -1, -2, rng.randint(-30, 30)]))
for i in range(2000):
    op, x, y = rng.choice(OPS), rdec(), rdec()
    emax = rng.choice([99, 999999])
    ctx = Context(prec=rng.choice([1, 3, 9, 28]), rounding=rng.choice(R), Emax=emax, Emin=-emax,
                  clamp=int(rng.random() < 0.2), traps=[])
    setcontext(ctx)
    a, b = Decimal(x), Decimal(y)
    try:
        r = repr(eval(op, globals(), {"a": a, "b": b}))
    except Exception as e:
        r = type(e).__name__ + " " + str(e)
    print(i, op, x, y, r, sorted(k.__name__ for k, v in ctx.flags.items() if v))
''')
