# cmath on special values: every mix of ±inf, nan and ±0 parts, for each function;
# signs of zeros and infinities follow CPython's tables. (Ordinary finite parts are
# left out: there the last bit depends on the C library's cos/exp/log, and musl under
# WebAssembly rounds some of them differently from glibc.)
import cmath
inf, nan = float("inf"), float("nan")
parts = (inf, -inf, nan, -nan, 0.0, -0.0)
vals = [complex(a, b) for a in parts for b in parts]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar", "isinf", "isnan", "isfinite"]
for n in names:
    for z in vals:
        try:
            r = repr(getattr(cmath, n)(z))
        except (ValueError, OverflowError) as e:
            r = type(e).__name__
        print(n, repr(z), r)
for a in parts:
    for b in (0.0, -0.0, inf, -inf, nan):
        try:
            print("rect", a, b, cmath.rect(a, b))
        except (ValueError, OverflowError) as e:
            print("rect", a, b, type(e).__name__)
