import dataclasses
import typing
from compare import load, same

ours = load("dataclasses")


def scenario(dc):
    out = []

    @dc.dataclass
    class Point:
        x: int
        y: int = 0

        def norm(self):
            return abs(self.x) + abs(self.y)

    p = Point(1, 2)
    out += [repr(p), p == Point(1, 2), p == Point(2, 1), p.norm(), repr(Point(5)),
            Point.__hash__ is None, [f.name for f in dc.fields(Point)], dc.asdict(p),
            dc.astuple(p), repr(dc.replace(p, y=9)), dc.is_dataclass(p),
            dc.is_dataclass(Point), dc.is_dataclass(3), Point.__match_args__]

    @dc.dataclass(order=True, frozen=True)
    class Version:
        major: int
        minor: int = 0
        tag: str = dc.field(default="", compare=False, repr=False)
    v = Version(1, 2, "x")
    out += [repr(v), Version(1, 2) < Version(1, 10), sorted([Version(2), Version(1, 5)]),
            hash(v) == hash(Version(1, 2, "y")), v == Version(1, 2, "other")]

    @dc.dataclass
    class Inventory:
        items: list = dc.field(default_factory=list)
        counts: dict = dc.field(default_factory=dict)
        total: int = dc.field(init=False, default=0)
        limit: typing.ClassVar[int] = 10

        def __post_init__(self):
            self.total = len(self.items)
    inv = Inventory(["a", "b"])
    out += [repr(inv), inv.total, Inventory.limit, repr(Inventory()),
            [f.name for f in dc.fields(Inventory)]]

    @dc.dataclass
    class Base:
        a: int
        b: str = "b"

    @dc.dataclass
    class Child(Base):
        c: float = 1.5
        a: int = 7
    out += [repr(Child()), repr(Child(1, "x", 2.5))]

    @dc.dataclass(kw_only=True)
    class Options:
        verbose: bool = False
        level: int
    out += [repr(Options(level=3))]

    @dc.dataclass
    class WithKw:
        a: int
        _: dc.KW_ONLY
        b: int = 2
    out += [repr(WithKw(1, b=5))]

    @dc.dataclass
    class Node:
        value: int
        children: list = dc.field(default_factory=list)
    tree = Node(1, [Node(2), Node(3, [Node(4)])])
    out += [repr(tree), dc.asdict(tree)]

    @dc.dataclass(unsafe_hash=True)
    class Key:
        k: str
    out += [hash(Key("a")) == hash(("a",)), len({Key("a"), Key("a")})]

    @dc.dataclass
    class Custom:
        n: int

        def __repr__(self):
            return f"Custom<{self.n}>"
    out += [repr(Custom(3))]

    Made = dc.make_dataclass("Made", [("x", int), ("y", int, dc.field(default=5))])
    out += [repr(Made(1))]

    for bad in (lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3),
                lambda: Point(1, x=3), lambda: setattr(v, "major", 3),
                lambda: Options(), lambda: dc.fields(3), lambda: dc.asdict(Point),
                lambda: Version(1) < Point(1)):
        try:
            bad()
            out.append("no error")
        except Exception as exc:
            out.append(f"{type(exc).__name__}: {exc}")
    for make in ("mutable", "order"):
        try:
            if make == "mutable":
                @dc.dataclass
                class Bad:
                    x: list = []
            else:
                @dc.dataclass
                class Bad2:
                    x: int = 1
                    y: int
        except Exception as exc:
            out.append(f"{type(exc).__name__}: {exc}")
    return out


a, b = scenario(ours), scenario(dataclasses)
for i, (x, y) in enumerate(zip(a, b)):
    same(f"dataclasses item {i}", lambda: x, lambda: y)
same("dataclasses item count", lambda: len(a), lambda: len(b))
