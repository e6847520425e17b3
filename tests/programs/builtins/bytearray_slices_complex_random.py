# Randomised slice assignments and deletions on bytearrays, complex() parsing and
# complex arithmetic (division, powers, abs, hash), with a seeded generator.
import random
r = random.Random(5)
out = []
for t in range(300):
    b = bytearray(r.randint(0, 255) for _ in range(r.randint(0, 12)))
    start = r.choice([None, r.randint(-15, 15)])
    stop = r.choice([None, r.randint(-15, 15)])
    step = r.choice([None, 1, -1, 2, -2, 3, r.randint(-4, 4)])
    val = bytes(r.randint(0, 255) for _ in range(r.randint(0, 6)))
    op = r.randint(0, 2)
    try:
        if op == 0:
            b[start:stop:step] = val
        elif op == 1:
            del b[start:stop:step]
        else:
            b[start:stop:step] = b
        out.append(bytes(b))
    except ValueError as e:
        out.append(str(e))
    s = "".join(r.choice(" +-j1.5e()_infa") for _ in range(r.randint(0, 8)))
    try:
        out.append(repr(complex(s)))
    except ValueError as e:
        out.append("bad")
    x = complex(r.uniform(-3, 3), r.uniform(-3, 3)); y = complex(r.choice([0, 1, -2.5]), r.uniform(-3, 3))
    for f in (lambda: x / y, lambda: x ** y, lambda: x ** r.randint(-5, 5), lambda: abs(x), lambda: hash(x)):
        try:
            out.append(repr(f()))
        except (ZeroDivisionError, OverflowError) as e:
            out.append(str(e))
for o in out: print(o)
