# Positional sub-patterns use __match_args__: dataclasses and namedtuples make it.
from collections import namedtuple
from dataclasses import dataclass, field


@dataclass
class Move:
    dx: int
    dy: int = 0
    label: str = field(default="", compare=False)


@dataclass(match_args=False)
class NoArgs:
    a: int


@dataclass
class KwOnly:
    a: int
    b: int = field(kw_only=True, default=0)


Pair = namedtuple("Pair", "left right")


class Manual:
    __match_args__ = ("first", "second")

    def __init__(self):
        self.first = "one"
        self.second = "two"


print(Move.__match_args__, KwOnly.__match_args__, Pair.__match_args__)
print(hasattr(NoArgs, "__match_args__"))

for v in [Move(1), Move(2, 3, "diag"), Pair(1, 2), Manual(), KwOnly(5, b=6)]:
    match v:
        case Move(dx, 0):
            print("horizontal", dx)
        case Move(dx, dy, label):
            print("move", dx, dy, repr(label))
        case Pair(l, r):
            print("pair", l, r)
        case Manual(a, second=b):
            print("manual", a, b)
        case KwOnly(a, b=b):
            print("kw only", a, b)

# A namedtuple is a sequence too.
match Pair(7, 8):
    case [a, b]:
        print("as a sequence", a, b)
