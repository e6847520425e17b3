from typing import Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Any, Literal, Final, ClassVar, get_type_hints, Iterator
import typing

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

class Greeter(Protocol):
    def greet(self, name: str) -> str: ...

class Emp(NamedTuple):
    name: str
    dept: str = "eng"

class Movie(TypedDict, total=False):
    title: str
    year: int

def apply(f: Callable[[int], int], x: int = 0) -> int:
    return f(x)

def first(xs: list[T]) -> Optional[T]:
    return xs[0] if xs else None

s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), first([]), first(["a"]), apply(lambda n: n + 1, 41))
print(Emp("ann"), Emp._fields, Emp.__annotations__)
m: Movie = {"title": "X"}
print(m, Movie.__required_keys__ if hasattr(Movie, "__required_keys__") else None)
print(apply.__annotations__)
print(get_type_hints(first))
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int], str])
print(int | None, list[int], dict[str, int], Literal["a", "b"], Any)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(int | str))
print(Stack[int], Stack.__parameters__, T)
MAX: Final = 10
class Conf:
    count: ClassVar[int] = 0
    name: str
print(Conf.__annotations__, MAX)
def gen() -> Iterator[int]:
    yield 1
print(list(gen()), isinstance([], typing.Sequence) if hasattr(typing, "Sequence") else True)
