# The class check is isinstance(), so ABCs and __instancecheck__ take part.
from collections.abc import Iterable, Mapping, Sequence


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", repr(obj))
        return isinstance(obj, int) and obj % 2 == 0


class Even(metaclass=Meta):
    pass


def classify(v):
    match v:
        case Even():
            return "even"
        case Mapping():
            return "mapping"
        case Sequence():
            return "sequence"
        case Iterable():
            return "iterable"
        case _:
            return "other"


for v in [4, 5, {"a": 1}, "abc", [1], {1}, 3.5]:
    print(repr(v), "->", classify(v))

# Dotted class names work too.
import collections

match collections.OrderedDict(a=1):
    case collections.OrderedDict(a=a):
        print("ordered, but there is no attribute a:", a)
    case collections.OrderedDict():
        print("an OrderedDict")
