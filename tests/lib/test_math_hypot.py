"""math.hypot and math.dist, which are C code: CPython computes them with its own
vector-norm algorithm (not the C library's hypot), and ours must give the same digits.
Seeded random points of 2 to 5 coordinates over many magnitudes (tiny, subnormal, huge,
mixed) are printed by our engine (build/rel/taskscope, when it is built) and by
python3; every line must agree."""
import compare

PROGRAM = r'''
import math, random
r = random.Random(20261121)
def coord(kind):
    if kind == 0: return r.uniform(-3, 3)
    if kind == 1: return r.uniform(-1e3, 1e3)
    if kind == 2: return math.copysign(2.0 ** r.uniform(-1074, 1023), r.random() - 0.5)
    if kind == 3: return r.choice([0.0, -0.0, 1.0, 3.0, 4.0, 5e-324, 1e308, 2.2250738585072014e-308])
    return r.uniform(0, 1) * 10.0 ** r.randint(-320, 307)
out = []
for i in range(6000):
    n = 2 if i < 4000 else r.randint(0, 6)
    kind = r.randint(0, 4) if i % 3 else 0
    p = [coord(kind if r.random() < 0.8 else r.randint(0, 4)) for _ in range(n)]
    out.append(repr(math.hypot(*p)))
    q = [coord(kind) for _ in range(n)]
    out.append(repr(math.dist(p, q)))
    if len(out) >= 200:
        print(" ".join(out)); out = []
print(" ".join(out))
inf, nan = float("inf"), float("nan")
for args in [(), (1,), (-2.5,), (inf, nan), (nan, -inf), (nan, 1), (0.0, -0.0), (3, 4), (1e308, 1e308),
             (5e-324, 5e-324), (1e-310, 1e-320, 3e-312), (2**1000, 2**1000), (True, 2)]:
    print(args, math.hypot(*args))
print(math.dist((1, 2, 3), (4, 6, 15)), math.dist([], []), math.dist((inf,), (inf,)))
'''


compare.same_output("hypot", PROGRAM, timeout=120, first_difference=True)
