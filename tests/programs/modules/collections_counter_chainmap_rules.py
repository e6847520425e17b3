"""Counter and ChainMap: arithmetic, in-place operators, ordering of results, reprs,
errors, comparisons and pickling, compared with CPython."""
import pickle
from collections import ChainMap, Counter

a = Counter("abracadabra")
b = Counter(a=2, b=5, z=-1, y=3)
print(a, b, a.total(), b.total())
print(a.most_common(), a.most_common(2), a.most_common(0), a.most_common(-1))
print(sorted(a.elements()), list(Counter(x=2, y=0, z=-1).elements()))
for name, op in (("+", lambda x, y: x + y), ("-", lambda x, y: x - y),
                 ("|", lambda x, y: x | y), ("&", lambda x, y: x & y)):
    print(name, op(a, b), op(b, a), op(a, Counter()), op(Counter(), b))
print(+b, -b, +Counter(), -Counter(q=-2, r=0, s=4))
for name in ("__iadd__", "__isub__", "__ior__", "__iand__"):
    c = Counter(a)
    c.update(z=0, w=-2)
    r = getattr(c, name)(b)
    print(name, r, r is c)
c = Counter(a=1)
c.update({"a": 2, "b": 3})
c.update(["a", "c"], d=4)
c.update(Counter(e=1))
c.subtract({"a": 10})
c.subtract("bb", d=1)
c.subtract(Counter(x=1))
print(c, c["missing"], "missing" in c)
del c["missing"]
del c["a"]
print(c)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter() == {})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0),
      Counter(a=2) > Counter(a=1), Counter(a=1) < Counter(a=1, b=1))
for op in (lambda: Counter(a=1) + {"a": 1}, lambda: Counter.fromkeys("ab"),
           lambda: Counter(a=1) < 3, lambda: Counter(a=1) & [1]):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(Counter(), repr(Counter(a=1, b="x")) if False else "", Counter({1: 2, "k": 0.5}))
print(pickle.loads(pickle.dumps(Counter("hello"))), Counter("hi").copy(), type(Counter("x").copy()).__name__)


class MyCounter(Counter):
    pass


m = MyCounter("aab")
print(m, m.copy(), type(m.copy()).__name__, type(m + m).__name__, m + m)
print(Counter(a=3, b=3, c=1).most_common(), Counter(["b", "a", "b", "a"]))

base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, len(cm), list(cm), cm["a"], cm["b"], cm.get("x"), cm.get("x", 0), "c" in cm)
print(list(cm.keys()), list(cm.items()), list(cm.values()), bool(cm), bool(ChainMap()))
child = cm.new_child()
child["a"] = 100
print(child, child.parents, cm.new_child({"q": 1}), cm.new_child(z=9), ChainMap())
del child["a"]
for key in ("a", "nope"):
    try:
        del child[key]
    except KeyError as e:
        print("KeyError", e)
try:
    cm["nope"]
except KeyError as e:
    print("KeyError", e)
print(child.maps, ChainMap({}, {"a": 1}).maps)


class Defaulting(ChainMap):
    def __missing__(self, key):
        return f"<{key}>"


print(Defaulting({"x": 1})["y"], Defaulting({"x": 1})["x"])
