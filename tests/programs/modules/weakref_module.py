import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
    def meth(self): return self.n
    def __repr__(self): return f"Obj({self.n})"
o = Obj(1)
r = weakref.ref(o)
print(r() is o, weakref.ref(o) is r, weakref.getweakrefcount(o))
r2 = weakref.ref(o, lambda ref: print("callback, dead:", ref() is None))
print(r2 is not r, weakref.getweakrefcount(o), r == r2, hash(r) == hash(o))
del o
print(r(), r2())
try: weakref.ref(1)
except TypeError as e: print(e)
try: weakref.ref([])
except TypeError as e: print(e)
d = weakref.WeakValueDictionary()
a, b = Obj(2), Obj(3)
d["a"] = a; d["b"] = b
print(sorted(d.keys()), len(d), d["a"])
del a
print(sorted(d.keys()), len(d), "a" in d, d.get("a"))
k = weakref.WeakKeyDictionary()
x, y = Obj(4), Obj(5)
k[x] = "x"; k[y] = "y"
print(len(k), k[x])
del x
print(len(k), list(k.values()))
s = weakref.WeakSet()
items = [Obj(i) for i in range(3)]
for i in items: s.add(i)
print(len(s), items[0] in s)
items.pop()
print(len(s), sorted(o.n for o in s))
f = weakref.finalize(b, print, "finalized b")
print(f.alive)
del b
print(f.alive)
c = Obj(6)
wm = weakref.WeakMethod(c.meth)
print(wm()())
del c
print(wm())
p = weakref.proxy(y)
print(p.n, p.meth())
del y
try: p.n
except ReferenceError as e: print("ReferenceError", e)
def gen(): yield 1
g = gen(); rg = weakref.ref(g); del g; print(rg())
def bad(ref): raise ValueError("in callback")
z = Obj(7); rz = weakref.ref(z, bad); del z
print("after bad callback")
