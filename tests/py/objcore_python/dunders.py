class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __str__(self): return f"<{self.x},{self.y}>"
    def __add__(self, o): return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(self.x + o, self.y + o)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return V(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return abs(self) < abs(o)
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __contains__(self, v): return v in (self.x, self.y)
    def __iadd__(self, o):
        self.x += o; self.y += o; return self
v = V(1, 2); w = V(3, 4)
print(v + w, 1 + v, v * 3, 3 * v, -v, abs(w), v == V(1, 2), v != w, v < w, w > v)
print(str(v), repr(v), f"{v}", f"{v!r}", bool(V(0, 0)), list(v), v[1], len(v), 2 in v, 5 in v)
print(sorted([w, v]), max(v, w), {v: 1}[V(1, 2)], hash(v) == hash((1, 2)))
v += 10; print(v)
try: v + "a"
except TypeError as e: print(e)
try: v < 3
except Exception as e: print(type(e).__name__, e)
class C:
    def __call__(self, *a, **k): return a, k
    def __getattr__(self, n): return n.upper()
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
    def __delattr__(self, n): print("del", n)
c = C(); c.q = 5
print(c(1, 2, k=3), c.foo, c.q); del c.q
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Ctx() as x:
    raise ValueError("boom")
print(type(x).__name__)
class D:
    def __get__(self, obj, typ): return ("get", obj is None, typ.__name__)
    def __set__(self, obj, val): obj.__dict__["_d"] = val
    def __set_name__(self, owner, name): self.name = name
class H:
    d = D()
h = H(); h.d = 4
print(h.d, H.d, h._d, H.__dict__["d"].name)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), [x * 2 for x in It()])
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()) if False else "", range(5)[Idx()])
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
print(int(Num()), float(Num()))
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t1"): pass
print(Sub.tag)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, a): self.a = a
wm = WithMeta(1)
print(type(WithMeta).__name__, WithMeta.made_by, wm.a)
class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int])
class N:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        inst = super().__new__(cls)
        return inst
    def __init__(self, v): self.v = v
print(N(3).v)
