class Rectangle:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self._calls = 0
    @property
    def area(self):
        self._calls += 1
        return self.w * self.h
    def get_perimeter(self):
        return 2 * (self.w + self.h)
    perimeter = property(get_perimeter, doc="The perimeter.")
r = Rectangle(3, 4)
print(r.area, r.area, r._calls, r.perimeter, Rectangle.perimeter.__doc__)
print(type(Rectangle.area).__name__, isinstance(Rectangle.__dict__["area"], property))
