class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
    @x.deleter
    def x(self): print("deleting")
p = P(); p.x = 5; print(p.x, P.x.__doc__); del p.x
try: p.x = -1
except ValueError as e: print(e)
class Q:
    y = property(lambda self: 1)
try: Q().y = 2
except AttributeError as e: print(e)
class K:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
    @staticmethod
    def helper(a, b=2): return a + b
class K2(K): pass
K2.make(); K.make(); print(K.count, K2.count, K.helper(1), K().helper(1, 3))
print(type(K.__dict__["make"]).__name__, type(K.__dict__["helper"]).__name__)
class A:
    def hello(self): return "A"
class B(A):
    def hello(self): return "B+" + super().hello()
class C(A):
    def hello(self): return "C+" + super().hello()
class D(B, C):
    def hello(self): return "D+" + super().hello()
print(D().hello(), [k.__name__ for k in D.__mro__])
print(super(B, D()).hello())
d = D()
m = d.hello
print(m.__name__, m.__qualname__, m.__self__ is d, m.__func__ is D.hello, m == d.hello, m is d.hello)
print(repr(len), repr(print), repr([].append)[:36], repr(list.append), repr(dict.fromkeys)[:40])
print(repr(object.__init__), repr(int.__add__), repr(str.upper), repr(int.real))
print(type(len).__name__, type([].append).__name__, type(list.append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(len.__name__, len.__qualname__, [].append.__qualname__, list.append.__qualname__, len.__self__)
print(int.__name__, int.__qualname__, int.__module__, type.__name__, object.__base__, int.__base__, bool.__mro__)
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__bases__, type(A.__dict__).__name__ in ("dict", "mappingproxy"))
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, repr(Outer.Inner), Outer.Inner.m.__qualname__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, repr(type(None)))
print(isinstance(3, (str, int)), isinstance(True, int), issubclass(bool, (str, int)))
x = object(); print(x == x, x != x, x == object())
class Eq:
    def __eq__(self, o): return True
print(Eq() == 1, Eq() != 1, 1 == Eq(), Eq.__hash__)
class Ne:
    def __ne__(self, o): return "custom"
print(Ne() != 1, Ne() == Ne())
print(getattr(A(), "nope", "dflt"), hasattr(A, "hello"), vars(p) if True else None)
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S(); print(s.a, hasattr(s, "b"), S.a)
print(type(3.0).__mro__, type(True).__mro__)
t = type("Dyn", (A,), {"z": 3, "f": lambda self: self.z * 2})
print(t, t().f(), t.__mro__, t.__module__)
print(type(t), type(type), type(object))
print(int.__dict__["__add__"] is int.__add__)
print(object.__subclasshook__() if False else "", callable(len), callable(3), callable(A))
print(format(A(), "") [:10], format(3, "05d"), "{:>5}".format("x"))
class A: pass
try: object.__setattr__(A, 'x', 1)
except TypeError as e: print(e)
try: object.__delattr__(A, 'x')
except TypeError as e: print(e)
class M(type):
    def __setattr__(cls, n, v):
        print('meta set', n)
        super().__setattr__(n, v)
class B(metaclass=M): pass
B.y = 2
print(B.y)
o = A(); object.__setattr__(o, 'z', 3); print(o.z)
