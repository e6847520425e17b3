# Assigning __bases__ (mro, inherited methods and subclasses follow, CPython's checks),
# a module's __class__ to a ModuleType subclass, and repeated __class__ assignment.
import sys, types

class A:
    def hello(self): return "A.hello"
class B:
    def hello(self): return "B.hello"
    def only_b(self): return "only B"
class C(A):
    pass

c = C()
print(C.__bases__, C.__mro__, c.hello())
C.__bases__ = (B,)
print(C.__bases__, [k.__name__ for k in C.__mro__], c.hello(), c.only_b())
C.__bases__ = (A, B)
print([k.__name__ for k in C.__mro__], c.hello(), c.only_b(), issubclass(C, B), isinstance(c, A))
for bad in [(), (int,), A, (C,), (A, A), ("x",)]:
    try:
        C.__bases__ = bad
    except Exception as e:
        print(repr(bad)[:20], type(e).__name__, e)
try:
    del C.__bases__
except Exception as e:
    print("del", type(e).__name__, e)
try:
    int.__bases__ = (object,)
except Exception as e:
    print("int", type(e).__name__, e)

class D(C): pass
C.__bases__ = (B,)
print([k.__name__ for k in D.__mro__], D().hello())
print([k.__name__ for k in B.__subclasses__()], [k.__name__ for k in A.__subclasses__()])

class VerboseModule(types.ModuleType):
    def __setattr__(self, name, value):
        print(f"setting {name}")
        super().__setattr__(name, value)
    def __repr__(self):
        return f"<verbose module {self.__name__}>"

mod = types.ModuleType("mymod")
mod.__class__ = VerboseModule
mod.x = 5
print(repr(mod), mod.x, type(mod).__name__, isinstance(mod, types.ModuleType))
me = sys.modules[__name__]
me.__class__ = VerboseModule
print(type(me).__name__)
try:
    mod.__class__ = int
except TypeError as e:
    print(e)

class P:
    pass
class Q:
    pass
p = P()
p.__class__ = Q
print(type(p).__name__)
p.__class__ = P
print(type(p).__name__)
p.__class__ = Q
print(type(p).__name__)
try:
    p.__class__ = int
except TypeError as e:
    print(e)
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
try:
    S1().__class__ = S2
except TypeError as e:
    print(e)


class Walker:
    def move(self):
        return "walks"

    def __len__(self):
        return 2


class Swimmer:
    def move(self):
        return "swims"

    def __len__(self):
        return 7

    def __add__(self, other):
        return "splash"


class Animal(Walker):
    pass


class Dog(Animal):
    pass


d = Dog()
print(d.move(), len(d))
Animal.__bases__ = (Swimmer,)
print(d.move(), len(d), d + 1, [k.__name__ for k in Dog.__mro__])
Animal.__bases__ = (Walker,)
print(d.move(), len(d), [k.__name__ for k in Dog.__mro__])
try:
    d + 1
except TypeError as e:
    print("TypeError:", e)
