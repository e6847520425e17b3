from __future__ import annotations
import typing
def f(x: SomethingUndefined) -> AlsoUndefined:
    return x
print(f(3), f.__annotations__)
