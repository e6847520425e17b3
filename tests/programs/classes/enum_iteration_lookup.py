import enum
from enum import Enum, Flag, IntFlag, IntEnum, auto


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


class Weird(Enum):
    A = [1, 2]
    B = [3]


print(list(Shape), list(reversed(Shape)), len(Shape), repr(Shape), repr(Color), repr(Perm))
print(list(Color), list(reversed(Color)), str(Color.RED | Color.BLUE), repr(Color.RED | Color.BLUE))
print(str(Color(0)), repr(Color(0)), str(Perm(7)), repr(Perm(8 | 1)), str(Perm.R), format(Perm.R))
print(Shape(2), Shape.ALIAS_FOR_SQUARE, Weird([1, 2]), Weird([3]).name, Color(3), Perm(5))
for bad in (lambda: Shape(9), lambda: Weird([9]), lambda: Color(8)):
    try:
        print(bad())
    except ValueError as e:
        print("ValueError", e)
print(Shape["CIRCLE"], Shape.__members__.keys(), IntEnum("N", "a b c").b + 1)
