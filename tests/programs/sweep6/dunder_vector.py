import asyncio, math
from functools import total_ordering

@total_ordering
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __str__(self): return f"<{self.x}, {self.y}>"
    def __format__(self, spec): return f"<{self.x:{spec}}, {self.y:{spec}}>"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return math.hypot(self.x, self.y)
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __contains__(self, v): return v in (self.x, self.y)
    def __call__(self, s): return self * s
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self

class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __repr__(self): return f"Matrix({self.rows})"

async def main():
    await asyncio.sleep(0)
    a, b = Vec(1, 2), Vec(3, 4)
    print(a + b, 2 * a, a * 3, -a, abs(b), bool(Vec(0, 0)), a == Vec(1, 2), a < b, a >= b, sorted([b, a]))
    print(sum([a, b]), list(a), a[1], len(a), 2 in a, a(10), f"{b:.1f}", str(a), repr(a), {a: 1}[Vec(1, 2)])
    v = Vec(0, 0)
    v += a
    print(v, max([a, b, Vec(0, 5)]), Matrix([[1, 2], [3, 4]]) @ Matrix([[5], [6]]))
    match b:
        case Vec(3, y):
            print("x is 3, y =", y)
    try:
        a + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        a < 1
    except TypeError as e:
        print("TypeError:", e)
    print(a.__class__.__name__, type(a).__dict__.get("__hash__") is not None, vars(a))

asyncio.run(main())
