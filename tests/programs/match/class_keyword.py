# Keyword sub-patterns read attributes; a missing attribute means no match.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        print("  computing area")
        return round(3.14159 * self.r * self.r, 2)


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point(z=_):
            return "has z"
        case Point():
            return "elsewhere"
        case Circle(area=a) if a > 10:
            return f"big circle {a}"
        case Circle(r=r):
            return f"small circle r={r}"
        case _:
            return "not a shape"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(1), Circle(3), "p"]:
    print(where(p))

q = Point(1, 2)
q.z = 9
print(where(q))
