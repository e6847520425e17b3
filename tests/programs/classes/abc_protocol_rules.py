import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self):
        ...

    @property
    @abstractmethod
    def size(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))
for args in ((), (1,)):
    try:
        Base(*args)
    except TypeError as e:
        print("TypeError", e)


class Partial(Base):
    def run(self):
        return "run"


print(sorted(Partial.__abstractmethods__))


class Full(Partial):
    size = 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


f = Full.make()
print(f.run(), f.size, Full.helper(), Full.__abstractmethods__ == frozenset())


class One(ABC):
    @abstractmethod
    def only(self):
        pass


try:
    One()
except TypeError as e:
    print(e)


class WithInit(ABC):
    def __init__(self, x, y=2):
        self.x, self.y = x, y


w = WithInit(1, y=5)
print(w.x, w.y, isinstance(w, WithInit))


class Custom(ABC):
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value * 2
        return obj


print(Custom(21).value)


class Sized2(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__") or NotImplemented
        return NotImplemented


print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(dict, Sized2))


class Sub2(Sized2):
    pass


print(isinstance([], Sub2), issubclass(Sub2, Sized2))


class Registry(ABC):
    pass


class Plain:
    pass


class PlainChild(Plain):
    pass


print(Registry.register(Plain) is Plain)
print(isinstance(Plain(), Registry), issubclass(PlainChild, Registry), issubclass(int, Registry))
Registry.register(int)
print(isinstance(5, Registry), isinstance(True, Registry), isinstance("s", Registry))


class RegChild(Registry):
    pass


RegChild.register(float)
print(isinstance(1.5, Registry), isinstance(1.5, RegChild), isinstance(5, RegChild))
print(type(abc.get_cache_token()).__name__)
print(Full.__mro__[-2:] == (ABC, object), type(Base).__name__, ABC.__slots__)


class AP(ABC):
    @abc.abstractproperty
    def p(self):
        ...

    @abc.abstractclassmethod
    def c(cls):
        ...

    @abc.abstractstaticmethod
    def s():
        ...


print(sorted(AP.__abstractmethods__))


def later(self):
    return 1


class Late(ABC):
    pass


Late.m = abstractmethod(later)
print(Late().__class__.__name__)


class Meta2(ABCMeta):
    pass


class UsesMeta2(metaclass=Meta2):
    @abstractmethod
    def f(self):
        ...


try:
    UsesMeta2()
except TypeError as e:
    print(e)


class Mixed(ABC):
    @abstractmethod
    def a(self):
        ...

    @abstractmethod
    def b(self):
        ...

    @abstractmethod
    def c(self):
        ...


class MixedOK(Mixed):
    a = b = c = None


print(MixedOK().__class__.__name__)
try:
    Mixed()
except TypeError as e:
    print(e)
print(isinstance(Registry, ABCMeta), issubclass(ABCMeta, type), ABCMeta.__name__)
print(issubclass(Registry, Registry), issubclass(RegChild, Registry), issubclass(Registry, RegChild))
try:
    issubclass(5, Registry)
except TypeError as e:
    print("TypeError", e)
