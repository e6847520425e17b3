class A:
    '''doc'''
    x = 1
    def f(self): pass
print([k for k in A.__dict__])
class B:
    x = 1
print(B.__dict__)
class C(B): pass
print(C.__dict__, repr(C.__dict__))
class S:
    __slots__ = ('a',)
print(S.__dict__)
class E(Exception): pass
print(E.__dict__)
print(type(B.__dict__), B.__dict__['x'], len(B.__dict__), 'x' in B.__dict__, list(B.__dict__.keys())[:2], B.__dict__.get('zz', 5))
try: B.__dict__['y'] = 1
except TypeError as e: print(e)
class Q:
    def __eq__(s, o): return True
    x = 1
print(list(Q.__dict__))
class B2:
    __slots__ = ('a', '__dict__')
print(list(B2.__dict__))
class L(list): pass
print(list(L.__dict__))
class T(tuple): pass
print(list(T.__dict__))
class M(type): pass
print(list(M.__dict__))
class F(frozenset): pass
print(list(F.__dict__))
print(vars(B) == B.__dict__, sorted(vars(C)))
print(B().__weakref__)
