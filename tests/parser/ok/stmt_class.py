class A: pass
class B(A): pass
class C(A, B, metaclass=M): x = 1
class D():
    def m(self):
        return self
class E(*bases, **kw):
    '''doc'''
    a: int = 1
