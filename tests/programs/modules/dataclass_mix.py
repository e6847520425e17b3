from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Optional

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

@dataclass(frozen=True)
class Point:
    x: float
    y: float = 0.0

@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    note: Optional[str] = None
    def __post_init__(self):
        self.count = len(self.items)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) == Version(2, 0, 0), max(vs))
p = Point(1.5)
print(p, hash(p) == hash(Point(1.5, 0.0)))
try:
    p.x = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
inv = Inventory("ann", ["apple", "pear"])
print(inv, inv.count)
print(asdict(inv), astuple(p))
print(replace(p, y=2))
print([f.name for f in fields(Inventory)])
a = Inventory("a"); b = Inventory("b")
a.items.append("x")
print(a.items, b.items)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Version()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
print(asdict(Node(1, [Node(2), Node(3, [Node(4)])])))
print(Point.__dataclass_fields__["y"].default)
@dataclass(slots=True, kw_only=True)
class Opt:
    a: int
    b: str = "b"
print(Opt(a=1), Opt.__slots__)
