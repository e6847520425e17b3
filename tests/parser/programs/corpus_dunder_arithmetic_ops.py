class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self
v = Vec(3, 4)
print(v + Vec(1, 1), v - Vec(1, 1), v * 2, 3 * v, -v, abs(v), bool(Vec(0, 0)))
w = v
w += Vec(1, 1)
print(v, w is v)
try:
    v + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError:", e)
