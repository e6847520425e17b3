import array
from compare import load, same

ts = load("array", using=("struct",))
values = [0, 1, -1, 127, 128, -129, 255, 256, 300, 32767, 32768, 70000, -70000, 2 ** 31,
          2 ** 32, 2 ** 33, 2 ** 63, 2 ** 64, 2 ** 70, -2 ** 70, 1.5, "x"]
for t in "bBhHiIlLqQfd":
    for v in values:
        same(f"array({t!r}, [{v!r}])", lambda: repr(ts.array(t, [v])),
             lambda: repr(array.array(t, [v])))
    same(f"tobytes {t}", lambda: ts.array(t, [1, 2, 3]).tobytes(),
         lambda: array.array(t, [1, 2, 3]).tobytes())
    data = array.array(t, [1, 2, 3]).tobytes()
    same(f"frombytes {t}", lambda: repr(ts.array(t, data)), lambda: repr(array.array(t, data)))


def ops(mod):
    a = mod.array("i", [5, 1, 4])
    a.append(2)
    a.extend([9, 9])
    a.insert(0, 7)
    log = [repr(a), len(a), a[1], repr(a[1:3]), a.pop(), a.index(4), a.count(9), 4 in a]
    a.remove(9)
    a.reverse()
    log.append(repr(a))
    a[0] = 42
    a[1:3] = mod.array("i", [0, 0, 0])
    log += [repr(a), a.tolist(), repr(a + a), repr(a * 2), a == mod.array("i", a.tolist()),
            a < mod.array("i", [50]), repr(mod.array("u", "hi")), mod.array("d").itemsize,
            repr(mod.array("f", [0.1]))]
    b = mod.array("h", [1, 256])
    b.byteswap()
    log.append(repr(b))
    return log


same("operations", lambda: ops(ts), lambda: ops(array))
for bad in [lambda m: m.array("z"), lambda m: m.array("i").pop(), lambda m: m.array("i", "ab"),
            lambda m: m.array("i", [1]).remove(5), lambda m: m.array("i", [1])[5],
            lambda m: m.array("i", b"abc"), lambda m: m.array("i") + m.array("d"),
            lambda m: m.array("i", [1.5])]:
    same("error", lambda: bad(ts), lambda: bad(array))
