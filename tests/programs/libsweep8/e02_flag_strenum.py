from enum import Flag, IntFlag, StrEnum, Enum, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4

class Color(StrEnum):
    RED = auto()
    GREEN = "green"

p = Perm.R | Perm.X
print(repr(p), str(p), p.name, p.value, list(p), len(p), Perm.R in p, Perm.W in p, bool(Perm(0)), repr(Perm(0)))
print(repr(Perm.RW), str(Perm.RW), list(Perm), ~Perm.R, repr(~Perm.R), Perm.R ^ Perm.RW)
print(repr(Perm(7)), Perm(7).name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
m = Mode.A | Mode.C
print(repr(m), str(m), m, m + 1, repr(Mode(7)), repr(Mode(8)), repr(Mode(0)), format(m, "d"), f"{Mode.B}")
print(repr(Color.RED), str(Color.RED), Color.RED == "red", Color.RED.upper(), f"{Color.GREEN}", Color("green"), "x" + Color.RED)
try:
    class Bad(StrEnum):
        N = 1
except TypeError as e:
    print("TypeError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for pl in Planet:
    print(pl, pl.value, f"{pl.gravity:.2f}")

class Weekday(Enum):
    MON = 1
    TUE = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def __str__(self):
        return self.name.title()
print(Weekday("mon"), Weekday(2), repr(Weekday.MON))
try:
    Weekday(5)
except ValueError as e:
    print("ValueError:", e)

class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    A = auto()
    B = auto()
print(list(Ordered), Ordered.B.value)
print(Perm.__members__)
