from typing import Protocol
class P(Protocol):
    def f(self): ...
class Impl(P):
    pass
class Impl2(P):
    def __init__(self, x): self.x = x
print(type(Impl()).__name__, Impl2(3).x)
for f in (lambda: P(), lambda: Impl(1)):
    try:
        f()
    except TypeError as e:
        print(e)
class Q(P, Protocol):
    pass
try:
    Q()
except TypeError as e:
    print(e)
