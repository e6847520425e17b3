from typing import Protocol, runtime_checkable

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Named(Protocol):
    name: str

class SupportsArea(Protocol):
    def area(self) -> float: ...

class File:
    def close(self):
        print("closed")

class Person:
    def __init__(self):
        self.name = "x"

class Sq(SupportsArea):
    def area(self):
        return 4.0

def shutdown(things: list[Closable]):
    for t in things:
        if isinstance(t, Closable):
            t.close()
        else:
            print("cannot close", type(t).__name__)

shutdown([File(), 3, "s"])
print(isinstance(Person(), Named), isinstance(File(), Named), Sq().area())
try:
    isinstance(Sq(), SupportsArea) and isinstance(1, SupportsArea)
except TypeError as e:
    print("TypeError:", e)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError:", str(e).split(" got ")[0])
