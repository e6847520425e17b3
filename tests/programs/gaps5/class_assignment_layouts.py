# __class__ assignment between classes of the same layout (also a subclass of one of
# them, which wasm once refused), and the layouts CPython refuses.
def attempt(label, obj, *targets):
    out = []
    for t in targets:
        try:
            obj.__class__ = t
            out.append(type(obj).__name__)
        except TypeError as e:
            out.append("ERR " + str(e))
    print(label, out)

class A: pass
class B: pass
class A2(A): pass
class S1: __slots__ = ('a',)
class S2: __slots__ = ('a',)
class L1(list): pass
class L2(list): pass
class E1(Exception): pass
class E2(Exception): pass
class D1(dict): pass
class D2(dict): pass
class W1: __slots__ = ('__weakref__',)
class W2: __slots__ = ('__weakref__',)
class I1(int): pass
class I2(int): pass
class T1(tuple): pass
class T2(tuple): pass
class St1(str): pass
class St2(str): pass
class F1(float): pass
class F2(float): pass
class By1(bytes): pass
class By2(bytes): pass
attempt("A/B", A(), B, A, B, A2, A)
attempt("S", S1(), S2, S1, S2)
attempt("L", L1(), L2, L1, L2)
attempt("E", E1(), E2, E1, E2)
attempt("D", D1(), D2, D1, D2)
attempt("W", W1(), W2, W1, W2)
attempt("I", I1(3), I2, I1, I2)
attempt("T", T1((1,)), T2, T1, T2)
attempt("St", St1("x"), St2, St1, St2)
attempt("F", F1(1.5), F2, F1, F2)
attempt("By", By1(b"x"), By2, By1, By2)
import types
class M1(types.ModuleType): pass
class M2(types.ModuleType): pass
attempt("M", types.ModuleType("m"), M1, M2, types.ModuleType, M1)
