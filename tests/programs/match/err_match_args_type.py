class Vector:
    __match_args__ = "x", "y"

    def __init__(self, x, y):
        self.x, self.y = x, y


class Broken(Vector):
    __match_args__ = {"x": 0}


for v in [Vector(1, 2), Broken(3, 4)]:
    match v:
        case Vector(a,
                    b):
            print(a, b)
