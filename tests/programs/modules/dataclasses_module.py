from dataclasses import dataclass, field, asdict, astuple, replace
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    def total(self, qty):
        return self.price * qty
@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
i = Item("pen", 1.5)
print(i, i.total(4), i == Item("pen", 1.5), asdict(i), astuple(i))
i.tags.append("office")
print(i, Item("x").tags)
p = Point(1, 2)
print(p, sorted([Point(2), Point(1, 5), Point(1, 1)]), replace(p, y=9), hash(p) == hash(Point(1, 2)))
try:
    p.x = 5
except Exception as e:
    print(type(e).__name__, e)
