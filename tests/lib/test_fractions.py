import fractions
import math
import random
from compare import load, same

ts = load("fractions", using=("numbers",))
F, G = ts.Fraction, fractions.Fraction

inputs = [(1, 3), (2, 6), (-4, 6), (3, -9), (0, 5), (7, 1), (10 ** 30, 3), (5, 0)]
strings = ["3/4", " -1.25 ", "1e3", "2.5E-3", "1_000/3", ".5", "x", "1/0", "1.5/2", "7", "+3"]
floats = [0.1, -2.5, 1e-20, 123456.789, 0.0]
rng = random.Random(3)
for _ in range(30):
    inputs.append((rng.randint(-1000, 1000), rng.randint(-50, 50)))
for n, d in inputs:
    same(f"Fraction({n}, {d})", lambda: repr(F(n, d)).replace("Fraction", "F"),
         lambda: repr(G(n, d)).replace("Fraction", "F"))
for s in strings:
    same(f"Fraction({s!r})", lambda: str(F(s)), lambda: str(G(s)))
for x in floats:
    same(f"Fraction({x})", lambda: str(F(x)), lambda: str(G(x)))
    same(f"limit {x}", lambda: str(F(x).limit_denominator(100)),
         lambda: str(G(x).limit_denominator(100)))
pairs = [(p, q) for p in inputs[:20] for q in inputs[20:26]]
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
       "div": lambda a, b: a / b, "floordiv": lambda a, b: a // b,
       "mod": lambda a, b: a % b, "divmod": lambda a, b: divmod(a, b),
       "lt": lambda a, b: a < b, "eq": lambda a, b: a == b, "ge": lambda a, b: a >= b,
       "pow2": lambda a, b: a ** 2, "powneg": lambda a, b: a ** -3,
       "addint": lambda a, b: a + 7, "raddint": lambda a, b: 7 - a,
       "float": lambda a, b: a * 0.5, "rfloat": lambda a, b: 1.5 / a if a else 0,
       "hash": lambda a, b: hash(a), "round": lambda a, b: round(a),
       "round2": lambda a, b: round(a, 2), "int": lambda a, b: int(a),
       "floor": lambda a, b: math.floor(a), "ceil": lambda a, b: math.ceil(a),
       "float()": lambda a, b: float(a), "abs": lambda a, b: abs(-a),
       "cmpfloat": lambda a, b: (a < 0.25, a == 0.25, a > float("inf")),
       "fracpow": lambda a, b: a ** G(1, 2) if a > 0 else 0}


def conv(v):
    if isinstance(v, (F, G)):
        return ("F", v.numerator, v.denominator)
    if isinstance(v, tuple):
        return tuple(conv(x) for x in v)
    return v


for (n1, d1), (n2, d2) in pairs:
    if d1 == 0 or d2 == 0:
        continue
    for name, op in ops.items():
        same(f"{name} {n1}/{d1} {n2}/{d2}",
             lambda: conv(op(F(n1, d1), F(n2, d2))) if name != "fracpow" else
             conv(F(n1, d1) ** F(1, 2) if F(n1, d1) > 0 else 0),
             lambda: conv(op(G(n1, d1), G(n2, d2))))
