import enum
from compare import load, same

ours = load("enum")


def scenario(e):
    """Builds the same enumerations with module e and reports what a program would see."""
    out = []

    class Color(e.Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        CRIMSON = 1

        def describe(self):
            return f"{self.name} is {self.value}"

    out += [repr(Color.RED), str(Color.RED), f"{Color.GREEN}", format(Color.BLUE, ">12"),
            Color(2).name, Color["BLUE"].value, Color.CRIMSON is Color.RED,
            [m.name for m in Color], len(Color), list(Color.__members__),
            Color.RED.describe(), repr(Color), Color.RED in Color,
            isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == 1,
            Color.RED == Color.RED, hash(Color.RED) == hash("RED"),
            sorted(Color, key=lambda c: c.value)[-1].name, [m.name for m in reversed(Color)]]
    for bad in (lambda: 1 in Color, lambda: Color(9), lambda: Color["PINK"], lambda: Color.RED < Color.BLUE):
        try:
            bad()
        except Exception as exc:
            out.append(f"{type(exc).__name__}: {exc}")

    class Status(e.Enum):
        PENDING = e.auto()
        RUNNING = e.auto()
        DONE = e.auto()
    out += [[(s.name, s.value) for s in Status], repr(Status.DONE)]

    class Prio(e.IntEnum):
        LOW = 1
        HIGH = 5
    out += [repr(Prio.HIGH), str(Prio.HIGH), f"{Prio.LOW}", Prio.HIGH > Prio.LOW,
            Prio.HIGH + 1, sorted([Prio.HIGH, Prio.LOW]), Prio(5) is Prio.HIGH,
            f"{Prio.HIGH:03d}", int(Prio.LOW)]

    class Mode(e.StrEnum):
        READ = e.auto()
        WRITE = "w"
    out += [repr(Mode.READ), str(Mode.READ), Mode.WRITE == "w", f"{Mode.WRITE}",
            Mode.READ.upper()]

    class Perm(e.Flag):
        R = e.auto()
        W = e.auto()
        X = e.auto()
    rw = Perm.R | Perm.W
    out += [repr(Perm.X), [p.value for p in Perm], repr(rw), str(rw), Perm.R in rw,
            Perm.X in rw, bool(Perm.R & Perm.X), repr(Perm.R & Perm.X), repr(~Perm.R)]

    class Planet(e.Enum):
        MERCURY = (3.303e+23, 2.4397e6)
        EARTH = (5.976e+24, 6.37814e6)

        def __init__(self, mass, radius):
            self.mass = mass
            self.radius = radius

        @property
        def surface_gravity(self):
            return 6.673e-11 * self.mass / (self.radius * self.radius)
    out += [Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3),
            repr(Planet.MERCURY), Planet.EARTH.value]

    Animal = e.Enum("Animal", "ANT BEE CAT")
    out += [repr(Animal.BEE), [a.value for a in Animal]]
    Shape = e.Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
    out += [repr(Shape.TRIANGLE)]
    try:
        @e.unique
        class Dup(e.Enum):
            A = 1
            B = 1
    except ValueError as exc:
        out.append(str(exc))
    try:
        class More(Color):
            PINK = 4
    except TypeError as exc:
        out.append(str(exc))
    try:
        Color.RED = 5
    except AttributeError as exc:
        out.append(str(exc))

    class Weekday(e.Enum):
        MON = 1
        TUE = 2

        @classmethod
        def _missing_(cls, value):
            return cls.MON
    out += [repr(Weekday(99))]
    return out


ours_out = scenario(ours)
their_out = scenario(enum)
for i, (a, b) in enumerate(zip(ours_out, their_out)):
    same(f"enum item {i}", lambda: a, lambda: b)
same("enum item count", lambda: len(ours_out), lambda: len(their_out))
