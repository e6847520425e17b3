# isinstance consults obj.__class__ when it differs from type(obj), as CPython does
# (proxies, unittest.mock's spec); __instancecheck__/__subclasscheck__ hooks still win.
from abc import ABC, abstractmethod
from unittest import mock


class Animal:
    pass


class Dog(Animal):
    def speak(self):
        return "woof"


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy(Dog())
print("type(p):", type(p).__name__)
print("p.__class__:", p.__class__.__name__)
print("isinstance(p, Dog):", isinstance(p, Dog))
print("isinstance(p, Animal):", isinstance(p, Animal))
print("isinstance(p, Proxy):", isinstance(p, Proxy))
print("isinstance(p, (int, Dog)):", isinstance(p, (int, Dog)))
print("isinstance(p, str):", isinstance(p, str))
print("type.__instancecheck__(Dog, p):", type.__instancecheck__(Dog, p))
print("issubclass(type(p), Dog):", issubclass(type(p), Dog))


class Liar:
    __class__ = int  # a plain attribute, not a class property: still honoured


print("isinstance(Liar(), int):", isinstance(Liar(), int))


class NotAClass:
    @property
    def __class__(self):
        return "not a class"


print("isinstance(NotAClass(), str):", isinstance(NotAClass(), str))
print("isinstance(NotAClass(), NotAClass):", isinstance(NotAClass(), NotAClass))


class Broken:
    @property
    def __class__(self):
        raise AttributeError("no class here")


print("isinstance(Broken(), int):", isinstance(Broken(), int))


class Failing:
    @property
    def __class__(self):
        raise ValueError("boom")


try:
    isinstance(Failing(), int)
except ValueError as e:
    print("error from __class__:", e)
print("isinstance(Failing(), Failing):", isinstance(Failing(), Failing))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


print("isinstance(Proxy(Square()), Shape):", isinstance(Proxy(Square()), Shape))
print("isinstance(Proxy(Dog()), Shape):", isinstance(Proxy(Dog()), Shape))


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  Meta.__instancecheck__", type(obj).__name__)
        return False


class Hooked(metaclass=Meta):
    pass


print("hook wins:", isinstance(Proxy(Hooked()), Hooked))

m = mock.Mock(spec=Dog)
print("isinstance(Mock(spec=Dog), Dog):", isinstance(m, Dog))
print("isinstance(Mock(spec=Dog), Animal):", isinstance(m, Animal))
print("isinstance(Mock(), Dog):", isinstance(mock.Mock(), Dog))
print("isinstance(MagicMock(spec=list), list):", isinstance(mock.MagicMock(spec=list), list))
print("isinstance(Mock(spec=Dog), mock.Mock):", isinstance(m, mock.Mock))
