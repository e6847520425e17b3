import asyncio, math
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s, "square")
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
class Blob(Shape):
    pass
async def main():
    shapes = [Rect(3, 4), Square(2.5), Circle(1.5), Circle(0.5)]
    for s in sorted(shapes):
        print(s.describe())
    print(Shape.count, isinstance(shapes[1], Rect), issubclass(Square, Shape), type(shapes[1]).__mro__[1].__name__)
    try:
        Blob("blob").describe()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    print(max(shapes).name, sum(s.area() for s in shapes))
    await asyncio.sleep(0)
asyncio.run(main())
