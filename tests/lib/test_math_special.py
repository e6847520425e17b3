"""math.gamma, lgamma (CPython's own Lanczos algorithm, runtime/py/pymath_gamma.c) and
cbrt, erf, erfc, expm1, log1p, exp2 on our native engine against python3, digit for
digit, over special, boundary and random arguments, with CPython's errors. (The wasm
engine is checked by tests/node/math_exact.test.mjs; pymath_libm.c's glibc formulas bit
for bit against glibc by tests/py/pymath_libm_test.c.)"""
from compare import same_output

same_output("math_special", r"""
import math, random
r = random.Random(5)
inf, nan = float("inf"), float("nan")
args = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, 0.5, -0.5, -1.5, -2.5, 1e-300, -1e-300, 5e-324, 1e-21, -1e-21,
        1e-8, 22.0, 23.0, 24.0, 23.5, 140.0, 139.9, 140.1, 171.6, 171.7, 200.0, 200.5, -200.5, -199.5,
        -170.5, -171.5, -180.2, 1e300, -1e300, inf, -inf, nan, 5.524680040776729, 6.0246800407767,
        -4.9999999, -5.0000001, 0.84375, 1.25, 2.857142857142857, 6.0, 28.0, -6.0, -28.0, 709.78,
        709.79, -745.2, 1e308, -1e-310, 2.5e-308]
args += [r.uniform(-30, 30) for _ in range(400)] + [r.uniform(0, 200) for _ in range(300)]
args += [r.uniform(-200, 0) for _ in range(300)]
args += [math.ldexp(r.uniform(-1, 1), r.randint(-1074, 1023)) for _ in range(300)]
for name in ("gamma", "lgamma", "cbrt", "erf", "erfc", "expm1", "log1p", "exp2"):
    f = getattr(math, name)
    out = []
    for x in args:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e).replace(" ", "_"))
    print(name, " ".join(out))
""", first_difference=True)
