import collections
import copyreg
import pickle
import sys
from compare import load, same

ts_copyreg = load("copyreg")
# Our pickle on CPython's copyreg: pickled references to copyreg functions must name a
# module CPython can import ("copyreg", not the private name ours is loaded under).
ts = load("pickle")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Empty:
    pass


class WithState:
    def __init__(self):
        self.secret = 1
        self.kept = [1, 2]

    def __getstate__(self):
        return {"kept": self.kept}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = "two"


class MyList(list):
    pass


class MyDict(dict):
    pass


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Reduced, (self.v,))


def helper():
    return 42


shared = [1, 2]
cyc = [1]
cyc.append(cyc)
selfdict = {}
selfdict["me"] = selfdict
values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2 ** 31 - 1, 2 ** 31, -2 ** 31,
    -2 ** 31 - 1, 2 ** 64, -2 ** 64, 2 ** 1000, -(2 ** 2047), 1.5, -0.0, float("inf"), 1e300,
    "", "abc", "é☕😀", "x" * 300, "line\nbreak\\ and \0 nul \x1a", b"", b"xy", b"\x00" * 300,
    bytearray(b"z"), bytearray(), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]],
    {}, {"a": 1, "b": [2]}, {1, 2, 3}, frozenset({3}), frozenset(), set(), 1j, complex(1.5, -2),
    ("a", "a"), [shared, shared], (shared, shared), cyc, selfdict, [None] * 1001,
    {i: str(i) for i in range(1500)}, set(range(1200)), Point(1, "y"), Empty(), [Point(0, 0)] * 2,
    WithState(), Slotted(), MyList([1, 2]), MyDict(a=1), Reduced(5), helper, len, Point,
    type(None), collections.OrderedDict(a=1), list(range(2000)), "big" * 30000,
    b"B" * 70000, (Point, helper, int, str, dict),
]


def dumps_all(mod, v, proto):
    return mod.dumps(v, proto)


def describe(v):
    if isinstance(v, (WithState, Slotted, Empty)):
        return (type(v).__name__, sorted(getattr(v, "__dict__", {}).items()),
                [getattr(v, s, None) for s in getattr(v, "__slots__", ())])
    if isinstance(v, Reduced):
        return ("Reduced", v.v)
    r = repr(v)
    return (type(v).__name__, r if len(r) < 200 else (len(r), hash(r)))


for i, v in enumerate(values):
    for proto in (3, 4, 5, 2, 1, 0):
        same(f"dumps {i} {describe(v)[0]} proto {proto}", lambda: dumps_all(ts, v, proto),
             lambda: dumps_all(pickle, v, proto))
        same(f"loads {i} proto {proto}", lambda: describe(ts.loads(pickle.dumps(v, proto))),
             lambda: describe(pickle.loads(pickle.dumps(v, proto))))


def cycles(mod):
    out = mod.loads(mod.dumps(cyc))
    d = mod.loads(mod.dumps(selfdict))
    s = mod.loads(mod.dumps([shared, shared]))
    ws = mod.loads(mod.dumps(WithState()))
    return [out[1] is out, d["me"] is d, s[0] is s[1], ws.restored, ws.kept, hasattr(ws, "secret")]


same("identity", lambda: cycles(ts), lambda: cycles(pickle))


def errors(mod, case):
    if case == 0:
        return mod.dumps(lambda: 0)
    if case == 1:
        def f():
            class L:
                pass
            return L
        return mod.dumps(f()())
    if case == 2:
        return mod.loads(b"")
    if case == 3:
        return mod.loads(b"\x80\x04X")
    if case == 4:
        return mod.loads(b"zz")
    if case == 5:
        return mod.loads(b"\x80\x04K\x01")
    if case == 6:
        return mod.dumps(1, 6)
    if case == 7:
        return mod.loads("str")
    if case == 8:
        return mod.loads(b"\x80\x09.")
    if case == 9:
        return mod.dumps(1, -1)


for case in range(10):
    got = errors.__code__  # keep flake quiet
    same(f"errors {case}", lambda: (lambda r: r if case not in (0,) else None)(errors(ts, case)),
         lambda: (lambda r: r if case not in (0,) else None)(errors(pickle, case)))


def files(mod):
    import io

    class Sink:
        def __init__(self):
            self.data = b""

        def write(self, b):
            self.data += b
    s = Sink()
    mod.dump({"k": [1, 2]}, s)
    p = mod.Pickler(s, 2)
    p.dump((1, "a"))

    class Source:
        def __init__(self, d):
            self.d = d

        def read(self, n):
            chunk, self.d = self.d[:n], self.d[n:]
            return chunk

        def readline(self):
            i = self.d.find(b"\n") + 1 or len(self.d)
            line, self.d = self.d[:i], self.d[i:]
            return line
    return [s.data, mod.load(Source(mod.dumps([1, 2]))), mod.HIGHEST_PROTOCOL, mod.DEFAULT_PROTOCOL]


same("files", lambda: files(ts), lambda: files(pickle))
same("copyreg dispatch", lambda: sorted(t.__name__ for t in ts_copyreg.dispatch_table),
     lambda: sorted(t.__name__ for t in copyreg.dispatch_table if t.__module__ == "builtins"))
same("copyreg newobj", lambda: ts_copyreg.__newobj__(Point, 1, 2).__class__.__name__,
     lambda: copyreg.__newobj__(Point, 1, 2).__class__.__name__)
same("copyreg slotnames", lambda: ts_copyreg._slotnames(Slotted), lambda: copyreg._slotnames(Slotted))


# copyreg on its own: registry errors, name mangling in _slotnames, the protocol 0-1
# reduction of builtin subclasses and plain instances.
class _Mangled:
    __slots__ = ("__hidden", "plain", "__dunder__")


class __Under:
    __slots__ = "__x"


class SlotChild(_Mangled):
    __slots__ = ["extra", "__weakref__"]


class IntSub(int):
    pass


class NoDict:
    __slots__ = ()


def registry(mod, case):
    if case == 0:
        return mod.pickle(complex, 5)
    if case == 1:
        return mod.constructor(3)
    if case == 2:
        return mod.add_extension("m", "n", 0)
    if case == 3:
        return mod.add_extension("m", "n", 2 ** 31)
    if case == 4:
        mod.add_extension("ts_mod", "ts_name", 123456)
        mod.add_extension("ts_mod", "ts_name", 123456)
        try:
            return mod.add_extension("ts_mod", "ts_other", 123456)
        finally:
            mod.remove_extension("ts_mod", "ts_name", 123456)
    if case == 5:
        mod.add_extension("ts_mod", "ts_name", 123457)
        try:
            return mod.add_extension("ts_mod", "ts_name", 123458)
        finally:
            mod.remove_extension("ts_mod", "ts_name", 123457)
    if case == 6:
        return mod.remove_extension("ts_mod", "absent", 99999)
    if case == 7:
        return [mod._slotnames(c) for c in (_Mangled, SlotChild, Point, NoDict)]
    if case == 8:
        return mod._slotnames(globals()["__Under"])
    if case == 9:
        r = mod._reduce_ex(IntSub(7), 1)
        return r[0].__name__, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2:]
    if case == 10:
        p = Point(1, 2)
        r = mod._reduce_ex(p, 0)
        return r[0].__name__, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2:]
    if case == 11:
        return mod._reduce_ex(Empty(), 1)[1:]
    if case == 12:
        return mod._reduce_ex(Slotted(), 1)
    if case == 13:
        r = mod._reconstructor(IntSub, int, 9)
        return type(r).__name__, r, type(mod._reconstructor(Point, object, None)).__name__
    if case == 14:
        return mod.pickle_complex(3 - 4j), mod.__newobj_ex__(IntSub, (5,), {}).__class__.__name__
    if case == 15:
        return mod._reduce_ex(WithState(), 1)[2:]
    if case == 16:
        return sorted(mod.__all__)
    if case == 17:
        return mod.add_extension("m", "n", "x")


for case in range(18):
    same(f"copyreg {case}", lambda: registry(ts_copyreg, case), lambda: registry(copyreg, case))


# More of the pickler: __getnewargs_ex__, state setters, list and dict items from
# __reduce__, nested classes, extension codes, big frames; malformed data.
class Outer:
    class Inner:
        pass


class WithNewArgsEx:
    def __new__(cls, a, *, b=0):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {"b": self.b}

    def __repr__(self):
        return f"WithNewArgsEx({self.a}, b={self.b})"


class WithNewArgs(int):
    def __getnewargs__(self):
        return (int(self),)


def set_state(obj, state):
    obj.v = state * 2


class Setter:
    def __init__(self, v=0):
        self.v = v

    def __reduce__(self):
        return (Setter, (), 21, None, None, set_state)


class Items:
    def __reduce__(self):
        return (Items, (), None, iter([1, 2, 3]), iter([("k", "v"), ("j", 1)]))

    def append(self, x):
        self.__dict__.setdefault("l", []).append(x)

    def extend(self, xs):
        for x in xs:
            self.append(x)

    def __setitem__(self, k, v):
        self.__dict__[k] = v


class ManyItems(Items):
    def __reduce__(self):
        return (ManyItems, (), None, iter(range(2500)), iter((i, i) for i in range(1001)))


class ByName:
    def __reduce__(self):
        return "by_name"


by_name = ByName()


class BadReduce:
    def __reduce__(self):
        return 5


class ShortReduce:
    def __reduce__(self):
        return (ShortReduce,)


def more(mod, case, proto):
    if case == 0:
        return mod.dumps(Outer.Inner, proto)
    if case == 1:
        return mod.dumps(WithNewArgsEx(1, b=2), proto)
    if case == 2:
        return mod.dumps(Setter(), proto), pickle.loads(mod.dumps(Setter(), proto)).v
    if case == 3:
        return mod.dumps(Items(), proto), sorted(pickle.loads(mod.dumps(Items(), proto)).__dict__)
    if case == 4:
        return mod.dumps(ManyItems(), proto)
    if case == 5:
        return mod.dumps(by_name, proto)
    if case == 6:
        return mod.dumps(BadReduce(), proto)
    if case == 7:
        return mod.dumps(ShortReduce(), proto)
    if case == 8:
        copyreg.add_extension(__name__, "Point", 0x1234)
        try:
            return mod.dumps([Point, Point(1, 2)], proto), mod.loads(pickle.dumps(Point, proto))
        finally:
            copyreg.remove_extension(__name__, "Point", 0x1234)
    if case == 9:
        return mod.dumps({i: "v" * 100 for i in range(1000)}, proto)
    if case == 10:
        return mod.dumps(["é" * 40000, b"x" * 40000, bytearray(b"y" * 70000)], proto)
    if case == 11:
        return mod.dumps(WithNewArgs(7), proto), mod.loads(pickle.dumps(WithNewArgs(7), proto))
    if case == 12:
        return mod.dumps(type(NotImplemented), proto), mod.dumps(type(...), proto)
    if case == 13:
        big = (1, 2, 3, 4, [5])
        return mod.dumps([big, big, (big,), frozenset({big})], proto)
    if case == 14:
        return repr(mod.loads(mod.dumps(WithNewArgsEx(3, b=4), proto)))
    if case == 15:
        return mod.dumps({i: i for i in range(2000)}, proto)
    if case == 16:
        return mod.dumps("\ud800 surrogate \U0001f600", proto)


for case in range(17):
    for proto in range(6):
        same(f"more {case} proto {proto}", lambda: more(ts, case, proto),
             lambda: more(pickle, case, proto))


bad_data = [
    b"(t", b"0", b".", b"\x80\x02(K\x010.", b"\x80\x02K\x01K\x02\x86K\x03t.",
    b"\x80\x02q\x00.", b"\x80\x02h\x05.", b"\x80\x02N\x81.", b"\x80\x02]K\x01b.",
    b"\x80\x02K\x01\x85.", b"\x80\x02a.", b"S'abc\n.", b"Sabc'\n.", b"S'abc'\n.",
    b"\x80\x02U\x03abc.", b"\x80\x02T\x03\x00\x00\x00abc.", b"\x80\x02T\xff\xff\xff\xff.",
    b"\x80\x02\x8b\xff\xff\xff\xff.", b"I12\n.", b"I01\nI00\n\x86.", b"L123L\n.",
    b"F1.5\n.", b"Vab\\u00e9\\U0001f600\n.", b"(I1\nI2\nl.", b"(I1\nI2\nd.",
    b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x05\x94.", b"\x80\x02\x82\x00.",
    b"\x80\x02\x84\x00\x00\x00\x80.", b"\x80\x02\x82\xfe.", b"\x80\x02P1\n.",
    b"\x80\x02K\x01K\x02\x93.", b"\x80\x02}K\x01s.", b"\x80\x02]K\x01K\x02e.",
    b"\x80\x02]K\x01K\x02(e.", b"\x80\x02cbuiltins\nlist\n)R.", b"\x80\x02N2\x86.",
    b"\x80\x02p0\n.", b"\x80\x02I1\np0\n0g0\n.", b"\x80\x04\x8f(K\x01K\x02\x90.",
    b"(cbuiltins\nset\no.", b"(i__builtin__\nlist\n.", b"(I3\ni__builtin__\nint\n.",
    b"\x80\x02(\x91.",
]
for i, data in enumerate(bad_data):
    same(f"loads bad {i} {data!r}", lambda: ts.loads(data), lambda: pickle.loads(data))
    same(f"loads bad {i} bytes", lambda: ts.loads(data, encoding="bytes"),
         lambda: pickle.loads(data, encoding="bytes"))
