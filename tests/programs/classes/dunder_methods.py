class Vector:
    def __init__(self, *coords):
        self.coords = tuple(coords)
    def __repr__(self):
        return f"Vector{self.coords}"
    def __str__(self):
        return "<" + ", ".join(map(str, self.coords)) + ">"
    def __len__(self):
        return len(self.coords)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.coords[i])
        return self.coords[i]
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self.coords, other.coords)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self.coords))
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.coords, other.coords))
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.coords) ** 0.5
    def __bool__(self):
        return any(self.coords)
    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords
    def __hash__(self):
        return hash(self.coords)
    def __iter__(self):
        return iter(self.coords)
    def __contains__(self, x):
        return x in self.coords
    def __call__(self, i):
        return self.coords[i] * 10
    def __format__(self, spec):
        return "(" + ", ".join(format(c, spec) for c in self.coords) + ")"
    def __iadd__(self, other):
        self.coords = (self + other).coords
        return self

v, w = Vector(1, 2), Vector(3, 4)
print(v + w, repr(v * 3), 2 * v, v @ w, -v, abs(w), bool(Vector(0, 0)), len(v), v[1], v[::-1])
print(v == Vector(1, 2), {v: "a"}[Vector(1, 2)], list(v), 2 in v, v(1), f"{w:.2f}", str(v))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
v += w; print(v)
class Temp:
    def __init__(self): self.__dict__["data"] = {}
    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(f"no {name}") from None
    def __setattr__(self, name, value):
        self.data[name] = value
    def __delattr__(self, name):
        del self.data[name]
t = Temp(); t.x = 5; print(t.x, t.data)
del t.x
try:
    t.x
except AttributeError as e:
    print("AttributeError:", e)
class Ctx:
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
with Ctx() as val:
    print(val); raise RuntimeError
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(Seq()), 4 in Seq())
print(sorted([Vector(3), Vector(1)], key=abs), max([Vector(1, 1), Vector(5)], key=abs))
