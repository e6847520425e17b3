import asyncio
from abc import ABC, abstractmethod

class Shape(ABC):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry.append(cls.__name__)
    @abstractmethod
    def area(self): ...
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    def __lt__(self, other):
        return self.area() < other.area()

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def __str__(self):
        return f"Square of side {self.w}"

class Circle(Shape):
    __slots__ = ()
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)

async def compute(shape):
    await asyncio.sleep(0)
    return shape.area()

async def main():
    shapes = [Rect(2, 3), Square(2), Circle(1)]
    print(shapes, [str(s) for s in shapes])
    print(await asyncio.gather(*map(compute, shapes)), sorted(shapes), Shape.registry)
    print(Square.__mro__[1:3], isinstance(shapes[1], Rect), issubclass(Circle, ABC))
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
    try:
        await compute(object())
    except AttributeError as e:
        print("AttributeError:", e)
    print(super(Square, shapes[1]).__str__() if False else Rect.__str__(shapes[1]))

asyncio.run(main())
