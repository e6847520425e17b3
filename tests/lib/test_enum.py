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


# Added before the enum core rewrite: Flag and IntFlag boundaries and pseudo-members,
# aliases, _missing_, auto() and _generate_next_value_, str/format/repr of every kind,
# the functional API, member/nonmember, pickling and copying, errors and messages.
def attempt(out, fn):
    try:
        out.append(repr(fn()))
    except Exception as exc:
        out.append(f"{type(exc).__name__}: {exc}")


def scenario2(e):
    import copy
    import pickle
    out = []

    class Perm(e.Flag):
        R = 4
        W = 2
        X = 1
        RWX = 7
        NONE = 0
        RW = 6
    for value in (0, 1, 3, 5, 6, 7, 8, 9, -1, -8, 15):
        attempt(out, lambda: (repr(Perm(value)), str(Perm(value)), format(Perm(value)),
                              Perm(value).name, Perm(value).value, bool(Perm(value)),
                              len(Perm(value)), [m.name for m in Perm(value)]))
    attempt(out, lambda: [m.name for m in Perm])
    attempt(out, lambda: list(Perm.__members__))
    attempt(out, lambda: len(Perm))
    for a in ("R", "W", "X", "RWX", "NONE", "RW"):
        for b in ("R", "X", "NONE", "RWX"):
            attempt(out, lambda: (repr(Perm[a] | Perm[b]), repr(Perm[a] & Perm[b]),
                                  repr(Perm[a] ^ Perm[b]), Perm[b] in Perm[a],
                                  repr(~Perm[a])))
    attempt(out, lambda: Perm.R | 1)
    attempt(out, lambda: 1 | Perm.R)
    attempt(out, lambda: Perm.R & 1)
    attempt(out, lambda: 1 in Perm.R)
    attempt(out, lambda: Perm("R"))
    attempt(out, lambda: Perm(1.0))
    attempt(out, lambda: Perm.R is Perm(4))
    attempt(out, lambda: (Perm.R | Perm.W) is (Perm.W | Perm.R))
    attempt(out, lambda: Perm.R < Perm.W)
    attempt(out, lambda: Perm.R == 4)
    attempt(out, lambda: hash(Perm.R | Perm.X) == hash(Perm.R | Perm.X))

    class Bits(e.IntFlag):
        A = 1
        B = 2
        C = 16
        AB = 3
    for value in (0, 1, 3, 4, 5, 19, 32, 35, -1, -2, 100):
        attempt(out, lambda: (repr(Bits(value)), str(Bits(value)), format(Bits(value)),
                              f"{Bits(value):>6}", f"{Bits(value):x}", Bits(value).name,
                              Bits(value).value, int(Bits(value)), len(Bits(value)),
                              [m.name for m in Bits(value)], type(Bits(value)).__name__))
    for op in (lambda x, y: x | y, lambda x, y: x & y, lambda x, y: x ^ y,
               lambda x, y: x + y, lambda x, y: x << 1, lambda x, y: x == y,
               lambda x, y: x < y):
        for left, right in ((Bits.A, Bits.B), (Bits.A, 4), (8, Bits.C), (Bits.AB, 2),
                            (Bits.C, -1)):
            attempt(out, lambda: (repr(op(left, right)), type(op(left, right)).__name__))
    attempt(out, lambda: (repr(~Bits.A), repr(~Bits(0)), repr(~Bits(35)), repr(-Bits.C)))
    attempt(out, lambda: [repr(m) for m in Bits])
    attempt(out, lambda: Bits.A in Bits.AB)
    attempt(out, lambda: 1 in Bits.AB)

    class Level(e.IntEnum):
        LOW = 1
        MID = 5
        HIGH = 10
        LOUD = 10
    attempt(out, lambda: [repr(Level.MID), str(Level.MID), format(Level.MID), f"{Level.MID:>4}",
                          f"{Level.MID:b}", "%s %d %r" % (Level.MID, Level.MID, Level.MID),
                          Level.MID + Level.LOW, Level.MID * 2, Level.LOUD is Level.HIGH,
                          Level(10).name, Level["LOUD"].name, list(Level.__members__),
                          [m.name for m in Level], Level.MID == 5, hash(Level.MID) == hash(5),
                          sorted([Level.HIGH, 3, Level.LOW]), Level.MID.real,
                          Level.MID.bit_length(), isinstance(Level.MID, int)])
    attempt(out, lambda: Level(7))
    attempt(out, lambda: Level("5"))
    attempt(out, lambda: Level.MID.value.__class__.__name__)

    class Word(e.StrEnum):
        ALPHA = e.auto()
        BETA_TWO = e.auto()
        GAMMA = "g"
        G2 = "g"
    attempt(out, lambda: [repr(Word.ALPHA), str(Word.ALPHA), format(Word.ALPHA),
                          f"{Word.GAMMA:>5}", Word.BETA_TWO.value, Word.G2 is Word.GAMMA,
                          Word.ALPHA + "!", Word.ALPHA.upper(), Word("g").name,
                          Word.ALPHA == "alpha", "%s" % Word.ALPHA, len(Word),
                          sorted(Word)])
    attempt(out, lambda: Word("zzz"))

    class BadStr(e.StrEnum):
        pass
    attempt(out, lambda: e.StrEnum("S", {"A": 1}))
    attempt(out, lambda: e.StrEnum("S", {"A": ("x", "utf-8")}).A.value)

    class Pure(e.Enum):
        A = 1
        B = "two"
        C = (3, 4)
        D = [5]
        E = None
    attempt(out, lambda: [(repr(m), str(m), format(m), f"{m:>10}", m.value) for m in Pure])
    attempt(out, lambda: (Pure([5]), Pure((3, 4)), Pure(None), Pure("two")))
    attempt(out, lambda: Pure([6]))
    attempt(out, lambda: Pure.A.name)
    attempt(out, lambda: Pure.A == 1)
    attempt(out, lambda: dir(Pure.A))

    class Mixed(float, e.Enum):
        HALF = 0.5
        ONE = 1
    attempt(out, lambda: [repr(Mixed.HALF), str(Mixed.HALF), format(Mixed.HALF),
                          f"{Mixed.ONE:.2f}", Mixed.HALF + 1, Mixed(1.0).name,
                          Mixed.ONE.value, type(Mixed.ONE.value).__name__])

    class Auto(e.Enum):
        A = e.auto()
        B = 10
        C = e.auto()
        D = "x"
        E = e.auto()
    attempt(out, lambda: [(m.name, m.value) for m in Auto])

    class Custom(e.Enum):
        def _generate_next_value_(name, start, count, last_values):
            return f"{name}-{start}-{count}-{len(last_values)}"
        P = e.auto()
        Q = e.auto()
    attempt(out, lambda: [(m.name, m.value) for m in Custom])

    class FlagAuto(e.Flag):
        A = e.auto()
        B = e.auto()
        C = 16
        D = e.auto()
    attempt(out, lambda: [(m.name, m.value) for m in FlagAuto])

    class Fallback(e.Enum):
        ONE = 1
        TWO = 2

        @classmethod
        def _missing_(cls, value):
            if value == "bad":
                return 5
            if isinstance(value, str):
                return cls[value.upper()]
            return None
    for value in ("one", "two", "bad", 3, 1):
        attempt(out, lambda: repr(Fallback(value)))

    class WithNew(e.Enum):
        def __new__(cls, code, label):
            member = object.__new__(cls)
            member._value_ = code
            member.label = label
            return member
        OK = (200, "fine")
        MISSING = (404, "gone")
    attempt(out, lambda: [(repr(m), m.value, m.label) for m in WithNew])
    attempt(out, lambda: WithNew(404).name)

    class Extras(e.Enum):
        A = 1
        helper = e.nonmember(5)

        @e.member
        def B(self):
            return "b"

        def method(self):
            return self.value * 2

        @staticmethod
        def static():
            return "s"

        @classmethod
        def klass(cls):
            return cls.__name__

        @property
        def doubled(self):
            return self.value * 2
    attempt(out, lambda: ([m.name for m in Extras], Extras.helper, Extras.A.method(),
                          Extras.static(), Extras.klass(), Extras.A.doubled))

    Func = e.Enum("Func", "X Y,Z", start=10)
    attempt(out, lambda: [(repr(m), m.value) for m in Func])
    Func2 = e.IntEnum("Func2", ["P", "Q"])
    attempt(out, lambda: [(repr(m), str(m)) for m in Func2])
    Func3 = e.Enum("Func3", {"K": "k", "L": "l"}, module="mymod", qualname="Q.Func3")
    attempt(out, lambda: (Func3.__module__, Func3.__qualname__, repr(Func3.K)))
    Func4 = e.Flag("Func4", "A B C")
    attempt(out, lambda: (repr(Func4.A | Func4.C), [m.value for m in Func4]))
    Func5 = e.Enum("Func5", "A", type=int)
    attempt(out, lambda: (repr(Func5.A), Func5.A + 1))

    for obj in (Pure.A, Level.MID, Word.ALPHA, Perm.R, Bits.A):
        attempt(out, lambda: (copy.copy(obj) is obj, copy.deepcopy(obj) is obj))
    attempt(out, lambda: Pure.A.__reduce_ex__(2)[1])
    attempt(out, lambda: {Pure.A: 1, Pure.B: 2}[Pure.B])

    class Named(e.Enum):
        name_ = 1
        value_ = 2
    attempt(out, lambda: (Named.name_.name, Named.value_.value))

    for make in (
            lambda: e.Enum("Bad", "A A"),
            lambda: Pure.__setattr__(Pure, "A", 3)):
        attempt(out, make)
    attempt(out, lambda: delattr(Pure, "A"))
    attempt(out, lambda: setattr(Pure.A, "name", "x"))
    attempt(out, lambda: Pure.A.__class__.__name__)
    attempt(out, lambda: "A" in Pure)
    attempt(out, lambda: Pure.A in Pure)
    attempt(out, lambda: Level.MID in Pure)
    attempt(out, lambda: (bool(Pure), bool(Pure.E), bool(Level(1)), bool(Perm.NONE)))
    attempt(out, lambda: (repr(Perm), repr(Bits), repr(Level), repr(Word), str(Pure)))
    attempt(out, lambda: e.unique(Pure) is Pure)
    attempt(out, lambda: e.unique(Level))
    return out


ours_out2 = scenario2(ours)
their_out2 = scenario2(enum)
for i, (a, b) in enumerate(zip(ours_out2, their_out2)):
    same(f"enum scenario2 item {i}", lambda: a, lambda: b)
same("enum scenario2 item count", lambda: len(ours_out2), lambda: len(their_out2))


def scenario3(e):
    """Flag boundaries chosen in the class statement, definition order, pickling."""
    import pickle
    out = []

    class Strict(e.Flag, boundary=e.STRICT):
        A = 1
        B = 4

    class Conform(e.Flag, boundary=e.CONFORM):
        A = 1
        B = 4

    class Eject(e.Flag, boundary=e.EJECT):
        A = 1
        B = 4

    class Keep(e.Flag, boundary=e.KEEP):
        A = 1
        B = 4
        AB = 5

    class Backwards(e.Flag):
        HIGH = 8
        LOW = 1
        MID = 2

    class NoZero(e.Flag):
        ONE = 1
        TWO = 2
    for cls in (Strict, Conform, Eject, Keep, Backwards, NoZero):
        for value in (0, 1, 2, 3, 5, 7, 9, 16, -1, -2, -6, -100):
            attempt(out, lambda: (repr(cls(value)), str(cls(value)),
                                  [m.name for m in cls(value)] if isinstance(cls(value), cls)
                                  else None))
        attempt(out, lambda: [repr(~m) for m in cls])
        attempt(out, lambda: repr(~cls(0)))
        attempt(out, lambda: (str(cls._boundary_), repr(cls._boundary_), cls._boundary_ == "keep"))
        attempt(out, lambda: [pickle.loads(pickle.dumps(m)) is m for m in cls])
        attempt(out, lambda: [repr(pickle.loads(pickle.dumps(cls(v)))) for v in (0, 3, 5)])
    attempt(out, lambda: (repr(e.FlagBoundary.KEEP), str(e.STRICT), list(e.FlagBoundary)))
    attempt(out, lambda: e.Flag._boundary_ is e.STRICT)
    attempt(out, lambda: e.IntFlag._boundary_ is e.KEEP)

    class NegAuto(e.Flag):
        A = -4
    attempt(out, lambda: NegAuto._generate_next_value_("B", 1, 1, [-4]))
    attempt(out, lambda: e.Flag._generate_next_value_("B", 1, 1, ["x"]))
    attempt(out, lambda: e.Flag._generate_next_value_("B", None, 0, []))
    attempt(out, lambda: e.Flag._generate_next_value_("B", 1, 2, [0, 1]))
    return out


ours_out3 = scenario3(ours)
their_out3 = scenario3(enum)
for i, (a, b) in enumerate(zip(ours_out3, their_out3)):
    same(f"enum scenario3 item {i}", lambda: a, lambda: b)
same("enum scenario3 item count", lambda: len(ours_out3), lambda: len(their_out3))


def scenario4(e):
    """dir() of enumerations and members, __members__ as a read-only view."""
    out = []

    class Plain(e.Enum):
        A = 1
        B = 2
        ALIAS = 1

        def describe(self):
            return self.name

        @property
        def twice(self):
            return self.value * 2

    class Number(e.IntEnum):
        ONE = 1

    class Word(e.StrEnum):
        HI = "hi"

    class Bits(e.Flag):
        X = 1
        Y = 2
        XY = 3

    class WithNew(e.Enum):
        def __new__(cls, value):
            member = object.__new__(cls)
            member._value_ = value * 10
            return member
        P = 1
    Plain.A.extra = 5
    for cls in (Plain, Number, Word, Bits, WithNew):
        attempt(out, lambda: dir(cls))
        # Private state (_sort_order_, __new_member__, ...) is each implementation's own.
        attempt(out, lambda: [[name for name in dir(member) if not name.startswith("_")
                               or name.startswith("__") and name != "__new_member__"]
                              for member in cls])
        attempt(out, lambda: (repr(cls.__members__), str(cls.__members__),
                              type(cls.__members__).__name__, list(cls.__members__)))
    attempt(out, lambda: Plain.__members__.__setitem__("C", 3))
    return out


ours_out4 = scenario4(ours)
their_out4 = scenario4(enum)
for i, (a, b) in enumerate(zip(ours_out4, their_out4)):
    same(f"enum scenario4 item {i}", lambda: a, lambda: b)
same("enum scenario4 item count", lambda: len(ours_out4), lambda: len(their_out4))
