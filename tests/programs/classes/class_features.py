from abc import ABC, abstractmethod

class Shape(ABC):
    registry = {}
    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind or cls.__name__.lower()
        Shape.registry[cls.kind] = cls
    @abstractmethod
    def area(self): ...
    def __repr__(self):
        return f"{type(self).__name__}({self.area():.2f})"

class Circle(Shape, kind="round"):
    __slots__ = ("r",)
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        self._w, self.h = w, h
    @property
    def w(self):
        return self._w
    @w.setter
    def w(self, value):
        if value <= 0:
            raise ValueError("width must be positive")
        self._w = value
    @w.deleter
    def w(self):
        print("deleting w")
    def area(self):
        return self.w * self.h
    def __eq__(self, other):
        return isinstance(other, Rect) and self.area() == other.area()
    def __lt__(self, other):
        return self.area() < other.area()
    __hash__ = None
    @classmethod
    def square(cls, s):
        return cls(s, s)
    @staticmethod
    def describe():
        return "a rectangle"

print(sorted(Shape.registry), Circle(1), Rect.square(2), Rect(2, 3) == Rect(3, 2), Rect(1, 1) < Rect(2, 2))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
c = Circle(2)
try:
    c.color = "red"
except AttributeError as e:
    print("AttributeError:", e)
r = Rect(1, 2)
try:
    r.w = -1
except ValueError as e:
    print("ValueError:", e)
del r.w
print(Rect.describe(), r.kind, Circle.kind, hasattr(c, "__dict__"))
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)
try:
    r.area = 5
    print(r.area)
    c.area = 5
except AttributeError as e:
    print("AttributeError:", e)
print(type(Rect.w).__name__, type(Rect.__dict__["square"]).__name__, Rect.mro()[1].__name__)
