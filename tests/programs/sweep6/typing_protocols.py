import asyncio
from typing import TypedDict, Protocol, Generic, TypeVar, NamedTuple, Optional, Union, Callable, Awaitable, runtime_checkable, Any, Literal, Final, ClassVar, get_type_hints, cast

T = TypeVar("T")

class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5

class Movie(TypedDict, total=False):
    title: str
    year: int

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Res:
    def close(self):
        print("closed")

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
    def __repr__(self):
        return f"Box({self.item!r})"

async def apply(f: Callable[[int], Awaitable[T]], x: int) -> T:
    return await f(x)

async def double(x: int) -> int:
    await asyncio.sleep(0)
    return x * 2

async def main():
    p = Point(3, 4)
    print(p, p.dist(), p._asdict(), p._replace(y=1), Point._fields, Point._field_defaults)
    m: Movie = {"title": "Up"}
    print(m, Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
    print(isinstance(Res(), Closable), isinstance(1, Closable))
    b = Box[int](5)
    print(b, b.get(), Box[str], Optional[int], Union[int, str], Literal["a", 1])
    print(await apply(double, 21))
    print(get_type_hints(Point), cast(int, "x"), Callable[[int], str])
    x, y = p
    print(x, y, p[0], len(p), p == (3, 4))

asyncio.run(main())
