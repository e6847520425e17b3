class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __iter__(cls): return iter(["m1", "m2"])
    def __len__(cls): return 2
    def __getitem__(cls, k): return k * 2
    def __contains__(cls, k): return k == "m1"
    def __repr__(cls): return f"<Meta {cls.__name__}>"
class E(metaclass=OrderedMeta, flag=True):
    a = 1
    def f(self): pass
print(list(E), len(E), E[3], "m1" in E, repr(E), E.injected, type(E).__name__)
class F(E): pass
print(repr(F), isinstance(F, OrderedMeta))
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self): print("created")
print(One() is One())
def deco(cls):
    cls.decorated = True
    return cls
@deco
class W: pass
print(W.decorated)
class Animal:
    sound = "..."
    def speak(self): return f"{type(self).__name__} says {self.sound}"
class Dog(Animal): sound = "woof"
print(Dog().speak(), Animal().speak())
class A: pass
class B: pass
a = A(); a.__class__ = B; print(type(a).__name__)
class Base:
    @property
    def p(self): return "base"
class Der(Base):
    @property
    def p(self): return "der+" + super().p
print(Der().p)
class CV:
    items = []
    def add(self, x): self.items.append(x)
c1, c2 = CV(), CV(); c1.add(1); c2.add(2); print(CV.items)
print(type("X", (), {})().__class__.__name__, type(type("X", (), {})).__name__)
class Q:
    def __init__(self): self.__private = 1
    def get(self): return self.__private
print(Q().get(), Q()._Q__private)
class Slots:
    __slots__ = ("x",)
print(Slots.__slots__)
print(vars(Der).keys() if False else sorted(k for k in vars(Der)))
class Str:
    def __str__(self): return "STR"
print(Str(), str(Str()), f"{Str()}", "%s" % Str(), repr(Str())[:14], [Str()][0].__str__())
class Both:
    def __repr__(self): return "REPR"
print(Both(), str(Both()), [Both()], f"{Both()!s}")
class O:
    class B: pass
try:
    class C(O.B, x=1): pass
except TypeError as e: print(e)
try:
    class D(x=1): pass
except TypeError as e: print(e)
