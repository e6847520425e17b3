from collections.abc import Mapping, MutableSequence, Iterable, Sized, Container, Callable, Hashable, Iterator, Generator, Sequence
from abc import ABC, abstractmethod
from typing import Protocol, runtime_checkable
from enum import Enum, StrEnum, auto

class Config(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

c = Config(a=1, b=2)
print(c.get("a"), c.get("z", 0), "a" in c, list(c.keys()), list(c.items()), dict(c), c == {"a": 1, "b": 2})

class MyList(MutableSequence):
    def __init__(self):
        self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)

m = MyList(); m.append(3); m.extend([1, 2]); m.reverse(); m += [9]
print(list(m), m.index(1), m.count(2), m.pop(), 3 in m, len(m))
try:
    Mapping()
except TypeError as e:
    print("TypeError:", e)
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance("s", Sized), isinstance(len, Callable), isinstance([], Hashable), isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance({}, Sequence))

class Shape(ABC):
    @property
    @abstractmethod
    def sides(self): ...
class Tri(Shape):
    @property
    def sides(self): return 3
print(Tri().sides)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)

@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))

class Color(StrEnum):
    RED = auto()
    BLUE = "blue"
print(Color.RED, repr(Color.RED), Color.RED == "red", f"{Color.BLUE}", Color("blue").name, Color.RED.upper())
Animal = Enum("Animal", "CAT DOG")
print(list(Animal), Animal.CAT.value, Animal(2))
class Level(Enum):
    LOW = 1
    HIGH = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self):
        return f"{self.name.title()} ({self.value})"
print(Level("low"), Level.HIGH.describe(), Level.LOW < Level.HIGH if False else "", max(Level, key=lambda l: l.value))
try:
    Level(7)
except ValueError as e:
    print("ValueError:", e)
