        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, sie)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):