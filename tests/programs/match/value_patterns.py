# Dotted names are values looked up at match time, compared with ==.
import enum
import math


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Limits:
    LOW = 10
    HIGH = 100


def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case math.pi:
            return "pi"
        case Limits.LOW | Limits.HIGH:
            return "a limit"
        case _:
            return "unknown"


for v in [Color.RED, Color.GREEN, Color.BLUE, math.pi, 10, 100, 3.0]:
    print(v, "->", name(v))

# The value is read again each time the pattern is tried.
Limits.LOW = 3.0
print(name(3.0))
Limits.LOW = 10
print(name(3.0))
