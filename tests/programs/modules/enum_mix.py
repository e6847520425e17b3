from enum import Enum, IntEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

class Status(str, Enum):
    ACTIVE = "active"
    DONE = "done"

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color)
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.SQUARE + 1, Shape.CIRCLE == 1, f"{Shape.SQUARE}")
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)))
print(list(rw), ~Perm.R)
print(Status.ACTIVE, repr(Status.DONE), Status("done"), f"{Status.ACTIVE}", Status.ACTIVE == "active")
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return 6.67e-11 * self.mass / self.radius ** 2
print(f"{Planet.EARTH.g:.2f}", Planet.EARTH.value)
print({c: c.value for c in Color})
print(sorted([Shape.SQUARE, Shape.CIRCLE]))
class P(IntFlag):
    A = 1
    B = 2
print(P.A | P.B, repr(P.A | P.B), P(3), P.A | 8)
print(Color.__members__.keys())
