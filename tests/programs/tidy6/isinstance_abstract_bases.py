# isinstance/issubclass with objects that are classes only by a __bases__ tuple (CPython's
# abstract_issubclass), and the TypeErrors when __bases__ is missing or not a tuple.
class A: pass
class B(A): pass

class Fake:
    def __init__(self, bases): self.bases = bases
    @property
    def __bases__(self): return self.bases
    def __repr__(self): return 'Fake'

class Meta(type):
    def __instancecheck__(cls, inst): return True

def t(fn, *args):
    try:
        print(fn.__name__, fn(*args))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)

fa = Fake((A,))
fb = Fake((fa,))
t(issubclass, fa, A)
t(issubclass, fb, A)
t(issubclass, fb, fa)
t(issubclass, fa, fa)
t(issubclass, Fake(()), A)
t(issubclass, Fake(5), A)
t(issubclass, Fake(None), A)
t(issubclass, 3, A)
t(issubclass, A, 3)
t(issubclass, A, fa)
t(issubclass, fa, fb)
t(issubclass, A, (B, 3))
t(issubclass, A, (A, 3))
t(issubclass, 3, fa)
t(issubclass, B, (3,))
t(issubclass, Fake((A, B)), B)
t(issubclass, Fake([A]), A)

class Inst:
    def __init__(self, cls): self.cls = cls
    @property
    def __class__(self): return self.cls
t(isinstance, Inst(A), A)
t(isinstance, Inst(B), A)
t(isinstance, Inst(fa), fa)
t(isinstance, Inst(fb), fa)
t(isinstance, Inst(3), fa)
t(isinstance, 3, fa)
t(isinstance, 3, 3)
t(isinstance, 3, (int, 3))
t(isinstance, 3, (str, 3))
t(isinstance, 3, Fake(5))
t(isinstance, Inst(fa), A)
t(isinstance, 3, Fake(()))
class NoBases:
    pass
nb = NoBases()
t(isinstance, 3, nb)
t(issubclass, nb, A)
t(issubclass, A, nb)
t(isinstance, 1, int | str)
t(isinstance, 1, (int | str, 3))
t(issubclass, int, int | str)
t(issubclass, list[int], list)
t(isinstance, [], list[int])
t(issubclass, list, list[int])
import abc
class Abs(abc.ABC): pass
Abs.register(int)
t(isinstance, 1, Abs)
t(issubclass, Fake((A,)), Abs)
t(issubclass, 3, Abs)

# A cycle through two bases recurses until the limit, as in CPython.
class Cyc:
    @property
    def __bases__(self): return (cyc, cyc)
cyc = Cyc()
t(issubclass, cyc, A)
# type.__subclasscheck__ itself follows the same rule.
t(A.__subclasscheck__, fa)
t(A.__subclasscheck__, 3)
t(A.__instancecheck__, Inst(B))
# An error raised while looking up __bases__ is not masked.
class Bad:
    @property
    def __bases__(self): raise KeyError('bases')
t(issubclass, Bad(), A)
t(issubclass, A, Bad())
t(isinstance, 1, Bad())
