from __future__ import annotations
def greet(name: str, times: int = 1) -> str:
    return ", ".join([f"hi {name}"] * times)
count: int = 3
items: list[int] = []
later: dict[str, "Undefined"]
print(greet("ann", count), items)
print(greet.__annotations__)
class Point:
    x: int
    y: int = 0
print(Point.y, Point.__annotations__)
