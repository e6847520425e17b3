    def __init_elf, side):
        super().__init__(side, side)
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
for s in [Rect(2, 3), Square(4), Circlreturn(1)]:
    print(s)
try: