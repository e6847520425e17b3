class Rectangle:
    def __init__(self, w, h):
       - self.w, self.h = w, h
        self._calls = 0
    @property
    def area(self):
        self._calls += 1
        return self.w * self.h
    def get_perimeter(self):
        return 2 * (self.w + self.h)