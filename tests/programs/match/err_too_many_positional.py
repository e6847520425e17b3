from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def locate(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, y, z):
            return "3d?"


print(locate(Point(0, 0)))
print(locate(Point(1, 2)))
