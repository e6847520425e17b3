# Shapes as dataclasses, a classic first use of class patterns.
import math
from dataclasses import dataclass


@dataclass
class Circle:
    radius: float


@dataclass
class Rect:
    width: float
    height: float


@dataclass
class Triangle:
    a: float
    b: float
    c: float


def area(shape):
    match shape:
        case Circle(radius=r) if r < 0:
            raise ValueError("negative radius")
        case Circle(r):
            return math.pi * r ** 2
        case Rect(w, h) if w == h:
            print("  (a square)")
            return w * w
        case Rect(w, h):
            return w * h
        case Triangle(a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(s * (s - a) * (s - b) * (s - c))
        case [*shapes]:
            return sum(area(s) for s in shapes)
        case _:
            raise TypeError(f"not a shape: {shape!r}")


for s in [Circle(1), Rect(2, 3), Rect(4, 4), Triangle(3, 4, 5), [Circle(2), Rect(1, 1)]]:
    print(s, "->", round(area(s), 4))

for bad in [Circle(-1), "square"]:
    try:
        area(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
