import asyncio
from typing import NamedTuple, Protocol, runtime_checkable, Iterable, TypeVar, Generic, Optional, ClassVar
class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: Optional[str] = None
    def badge(self) -> str:
        return f"{self.name}#{self.id}"
@runtime_checkable
class SupportsArea(Protocol):
    sides: int
    def area(self) -> float: ...
class Sq:
    sides = 4
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle:
    def area(self): return 3.14
T = TypeVar("T")
class Repo(Generic[T]):
    kind: ClassVar[str] = "generic"
    def __init__(self): self.items: list[T] = []
    def add(self, x: T) -> "Repo[T]":
        self.items.append(x)
        return self
class IntRepo(Repo[int]):
    kind = "ints"
async def fetch_emps() -> Iterable[Employee]:
    await asyncio.sleep(0.01)
    return [Employee("ann", 1, "eng"), Employee("bob"), Employee(name="cy", dept="ops")]
async def main():
    emps = await fetch_emps()
    for e in emps:
        print(e, e.badge(), e._asdict())
    print(Employee._fields, Employee._field_defaults, Employee.__annotations__, Employee._make(["dan", 9, None]))
    print(sorted(emps, key=lambda e: (e.dept or "", e.id)), emps[0] < emps[1], emps[0]._replace(id=5), tuple(emps[1]))
    try:
        Employee()
    except TypeError as e:
        print("TypeError:", e)
    try:
        emps[0].name = "x"
    except AttributeError as e:
        print("AttributeError:", e)
    print(isinstance(Sq(2), SupportsArea), isinstance(Circle(), SupportsArea), [type(s).__name__ for s in (Sq(3), Circle()) if isinstance(s, SupportsArea)])
    r = IntRepo().add(1).add(2)
    print(r.items, r.kind, Repo.kind, IntRepo.__orig_bases__, IntRepo.__mro__[1].__name__, Repo[int], Repo.__parameters__)
    try:
        SupportsArea()
    except TypeError as e:
        print("TypeError:", e)
asyncio.run(main())
