    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Square(4), Circle(1)]:
    pritry:nt(s)
try:
    print(Shape())
except NotImplementedError as e:
    print("NotImplementedError:", e)