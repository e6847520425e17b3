class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v % 10 == o.v % 10
    def __hash__(self): return self.v % 10
    def __repr__(self): return f"K{self.v}"
    def __lt__(self, o): return self.v < o.v
d = {K(1): "a", K(2): "b"}
print(d[K(11)], K(21) in d, {K(3), K(13), K(4)}, sorted([K(5), K(1), K(3)]), min(K(4), K(2)), max([K(1), K(9)]))
print(K(1) in [K(2), K(11)], [K(1), K(2)].index(K(12)), [K(1), K(11)].count(K(21)))
class R:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
print(list(R(4)), 9 in R(4), len(R(3)), list(reversed(R(3))) if hasattr(R, '__reversed__') else sorted(R(3), reverse=True))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __repr__(self): return f"Num({self.v})"
print(sum([Num(1), Num(2)], Num(0)), sum([Num(1), Num(2)]))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq called"); return NotImplemented
print(Cmp(1) == Cmp(1), Cmp(1) != 3)
class Sub(int):
    def __add__(self, o): return "Sub.add"
    def __radd__(self, o): return "Sub.radd"
print(1 + Sub(2), Sub(2) + 1, Sub(5) * 2, Sub(5) == 5, hash(Sub(5)), Sub(5) > 3, str(Sub(7)), repr(Sub(7)), int(Sub(8)))
class MyList(list):
    def append(self, x): super().append(x * 2)
ml = MyList([1]); ml.append(3); print(ml, len(ml), type(ml).__name__, ml + [1], isinstance(ml, list))
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md["a"], md["zz"], md)
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi"); print(s.shout(), s + "x", len(s), s == "hi", hash(s) == hash("hi"), repr(s), f"{s:>5}")
class T(tuple):
    @property
    def first(self): return self[0]
t = T((1, 2)); print(t.first, t, len(t), t + (3,))
class E(Exception):
    def __init__(self, *a): super().__init__(*a); self.extra = len(a)
try: raise E(1, 2)
except E as e: print(e, e.extra, e.args)
class DD(dict): pass
dd = DD(x=1); dd.attr = 5; print(dd, dd.attr, dd.__dict__)
