class A(B, metaclass=abc.ABCMeta, **extra): pass
