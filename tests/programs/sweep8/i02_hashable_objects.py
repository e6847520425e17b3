import asyncio
from dataclasses import dataclass

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class NoHash:
    def __eq__(self, other):
        return True

@dataclass(frozen=True)
class Tag:
    name: str

@dataclass
class Mutable:
    v: int

async def visit(p):
    await asyncio.sleep(0)
    return p

async def main():
    pts = await asyncio.gather(*(visit(Point(i % 2, 0)) for i in range(4)))
    print(set(pts), len(set(pts)), pts.count(Point(0, 0)), {Point(1, 0): "a"}[Point(1, 0)])
    try:
        {NoHash()}
    except TypeError as e:
        print("TypeError:", e)
    print({Tag("x"), Tag("x"), Tag("y")} == {Tag("y"), Tag("x")}, Tag("x") == Tag("x"))
    try:
        {Mutable(1)}
    except TypeError as e:
        print("TypeError:", e)
    print(Mutable(1) == Mutable(1), Mutable.__hash__, Point(1, 2) != Point(1, 2))
    print(hash(1) == hash(1.0) == hash(True), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), {1: "int", 1.0: "float", True: "bool"})

asyncio.run(main())
