"""collections.UserDict, UserList and UserString (runtime/lib/collections/_user.py):
loaded under CPython against its own classes, and run on our engine against python3
(there on our collections.abc)."""
import collections
import copy
import importlib.util
import os
import pickle
import compare
from compare import same

_path = os.path.join(compare.ROOT, "runtime", "lib", "collections", "_user.py")
_spec = importlib.util.spec_from_file_location("ts_collections_user", _path)
ours = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ours)


def both(label, fn):
    same(label, lambda: fn(ours), lambda: fn(collections))


# ---- UserString: every str method, with plain and wrapped arguments -------------------
STRINGS = ["", "hello World", "  padded\t", "a,b,,c", "ΣΑΣ straße", "12", "x\ny\r\nz",
           "Title Case", "{0}-{x}", "%s and %d"]
CALLS = [
    ("capitalize",), ("casefold",), ("center", 12), ("center", 11, "*"), ("count", "l"),
    ("count", "l", 3), ("count", "l", 1, -1), ("encode",), ("encode", "ascii", "replace"),
    ("encode", None, None), ("endswith", "d"), ("endswith", ("d", "o")), ("endswith", "l", 0, 4),
    ("expandtabs",), ("expandtabs", 2), ("find", "o"), ("find", "o", 5), ("find", "zz"),
    ("index", "l"), ("index", "zz"), ("isalpha",), ("isalnum",), ("isascii",), ("isdecimal",),
    ("isdigit",), ("isidentifier",), ("islower",), ("isnumeric",), ("isprintable",),
    ("isspace",), ("istitle",), ("isupper",), ("join", ["a", "b", "c"]), ("ljust", 14, "."),
    ("lower",), ("lstrip",), ("lstrip", " a"), ("partition", ","), ("partition", "o"),
    ("removeprefix", "he"), ("removesuffix", "ld"), ("replace", "l", "L"),
    ("replace", "l", "L", 1), ("rfind", "l"), ("rindex", "l"), ("rindex", "zz"),
    ("rjust", 13), ("rpartition", "o"), ("rsplit",), ("rsplit", ",", 1), ("rstrip",),
    ("rstrip", "d\t"), ("split",), ("split", ","), ("split", ",", 1), ("splitlines",),
    ("splitlines", True), ("startswith", "he"), ("startswith", ("x", "  ")),
    ("strip",), ("strip", " \tp"), ("swapcase",), ("title",),
    ("translate", {ord("l"): "1", ord("o"): None}), ("upper",), ("zfill", 8),
    ("format",), ("format_map", {"x": 1}), ("center",), ("count",), ("zfill", "x"),
]


def call(mod, s, spec, wrap_args=False):
    name, *args = spec
    kwargs = {}
    if name == "format":
        args, kwargs = [7], {"x": 8}
    if wrap_args:
        args = [mod.UserString(a) if isinstance(a, str) else a for a in args]
    r = getattr(mod.UserString(s), name)(*args, **kwargs)
    return (type(r).__name__, r if not isinstance(r, mod.UserString) else ("U", r.data))


for s in STRINGS:
    for spec in CALLS:
        if spec[0] in ("center", "count") and len(spec) == 1:
            continue  # arity errors name the Python method in CPython (not compared)
        both(f"UserString({s!r}).{spec}", lambda m: call(m, s, spec))
        both(f"UserString({s!r}).{spec} wrapped", lambda m: call(m, s, spec, True))


def string_ops(m):
    U = m.UserString
    a, b = U("abc"), U("xbz")
    out = [repr(a), str(a), len(a), a == "abc", a == U("abc"), a < b, a <= "abc", a > "ab",
           a >= b, "b" in a, U("b") in a, hash(a) == hash("abc"), a[1].data, a[::-1].data,
           type(a[0]).__name__, (a + b).data, (a + "!").data, (a + 5).data, ("<" + a).data,
           (3 + a).data if False else None, (a * 2).data, (2 * a).data,
           U("%s-%s").__mod__((1, 2)).data, ("[%s]" % U("q")), int(U("42")), float(U("2.5")),
           complex(U("1+2j")), a.__getnewargs__(), [c.data for c in a], list(reversed(a)),
           a.maketrans("a", "b"), U(U("copy")).data, U(12).data, U([1]).data,
           isinstance(a, m.UserString), sorted([U("b"), U("a")])[0].data,
           copy.copy(a).data, copy.deepcopy(a).data,
           a.index(U("b")) if False else a.find(U("c")), a.count(U("b")),
           a.replace(U("b"), U("B")).data, a.removeprefix(U("a")).data]
    for bad in (lambda: a + None, lambda: a.index("q"), lambda: int(a), lambda: a.startswith(U("a")),
                lambda: a * "x", lambda: a.join([1]), lambda: a.center(5, U("*")),
                lambda: U("%d") % "x", lambda: a[10]):
        try:
            out.append(repr(bad()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


both("UserString ops", string_ops)


# ---- UserDict -------------------------------------------------------------------------
def dict_ops(m):
    D = m.UserDict
    log = []

    class Logged(D):
        def __setitem__(self, k, v):
            log.append(("set", k, v))
            super().__setitem__(k, v)

    class Missing(D):
        def __missing__(self, k):
            return ("missing", k)

    d = D({"a": 1}, b=2)
    out = [repr(d), len(d), d["a"], "b" in d, list(d), list(d.keys()), list(d.items()),
           list(d.values()), d.get("a"), d.get("z"), d.get("z", 0), d == {"a": 1, "b": 2},
           d == D(a=1, b=2), isinstance(d, dict), d.setdefault("c", 3), d.pop("c"),
           d.pop("zz", "dflt"), repr(d | {"q": 9}), repr({"q": 9} | d), type(d | {}).__name__,
           repr(D.fromkeys("xy", 0)), repr(d.copy()), type(d.copy()).__name__,
           repr(copy.copy(d)), repr(copy.deepcopy(d))]
    d |= {"z": 26}
    d.update([("y", 25)], w=23)
    out += [repr(d), d.popitem(), repr(d)]
    del d["a"]
    out.append(repr(d))
    d.clear()
    out.append(repr(d))
    lg = Logged({"a": 1}, b=2)
    lg.update(c=3)
    lg.setdefault("d", 4)
    lg["e"] = 5
    c = lg.copy()
    out += [list(log), type(c).__name__, repr(c), repr(Logged.fromkeys([1, 2]))]
    mi = Missing(x=1)
    out += [mi["x"], mi["nope"], mi.get("nope"), "nope" in mi]
    for bad in (lambda: d["missing"], lambda: D(1), lambda: D().popitem(),
                lambda: d | 3, lambda: D(None, None)):
        try:
            out.append(repr(bad()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


both("UserDict ops", dict_ops)


# ---- UserList -------------------------------------------------------------------------
def list_ops(m):
    L = m.UserList
    a = L([3, 1, 2])
    out = [repr(a), len(a), a[0], repr(a[1:]), type(a[1:]).__name__, a == [3, 1, 2],
           a == L([3, 1, 2]), a < [4], a <= L([3]), a > [], a >= [3, 1, 2], 1 in a,
           repr(a + [9]), repr([9] + a), repr(a + L([8])), repr(a + (7,)), repr(a * 2),
           repr(2 * a), a.count(1), a.index(2), a.index(3, 0, 1), repr(a.copy()),
           type(a.copy()).__name__, isinstance(a, list), repr(L()), repr(L(L([1]))),
           repr(L("ab")), repr(L((1, 2))), list(reversed(a)), repr(copy.copy(a)),
           repr(copy.deepcopy(a))]
    a.append(5)
    a.insert(0, 0)
    a.extend([6])
    a.extend(L([7]))
    a += [8]
    a += L([9])
    a += (10,)
    out.append(repr(a))
    a *= 2
    out += [repr(a), a.pop(), a.pop(0), repr(a)]
    a.remove(5)
    a.reverse()
    out.append(repr(a))
    a.sort()
    a.sort(key=lambda v: -v, reverse=True)
    out.append(repr(a))
    a[0] = "x"
    a[1:3] = ["y", "z"]
    del a[-1]
    del a[:2]
    out.append(repr(a))
    a.clear()
    out.append(repr(a))
    for bad in (lambda: a.pop(), lambda: a.remove(1), lambda: a.index(1), lambda: a[5],
                lambda: hash(a), lambda: a + 1, lambda: L(5), lambda: a < 3):
        try:
            out.append(repr(bad()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


both("UserList ops", list_ops)

# ---- on our engine ----------------------------------------------------------------------
PROGRAM = r'''
import collections, copy, pickle
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence
print(UserDict.__module__, UserList.__module__, UserString.__module__)
print(isinstance(UserDict(), MutableMapping), isinstance(UserList(), MutableSequence),
      isinstance(UserString(""), Sequence), isinstance(UserDict(), dict), isinstance(UserList(), list))
class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper({"a": 1}, b=2)
u.update(c=3)
u["d"] = 4
print(u, len(u), "A" in u, u.copy(), type(u.copy()).__name__, dict(u))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s[1:], type(s[1:]).__name__, s + [4], s.pop(), s == [1, 2], s.data)
class Shout(UserString):
    def shout(self):
        return self.upper() + "!"
t = Shout("hi there")
print(t.shout(), type(t.shout()).__name__, t.title(), t.split(), t[0:2], t.find("t"), repr(t))
print(t.center(12, "*"), t.replace("hi", "HI"), t.count("e"), t * 2, "x" + t, t.encode())
print([c for c in UserString("ab")], sorted(UserString("cab")), UserString("a") < "b")
print(copy.copy(u), copy.deepcopy(s), pickle.loads(pickle.dumps(UserString("p"))))
print(pickle.loads(pickle.dumps(UserDict(a=1))), pickle.loads(pickle.dumps(UserList([1]))))
for bad in ("UserList(3)", "UserDict(1)", "UserString('a') + None", "hash(UserList())",
            "UserDict()['k']", "collections.Nope"):
    try:
        print(bad, eval(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)
print(sorted(n for n in collections.__all__))
'''
compare.same_output("user_containers", PROGRAM)
