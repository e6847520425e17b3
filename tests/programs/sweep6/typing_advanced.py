import asyncio, typing
from typing import get_origin, get_args, Annotated, Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, overload, Iterator, AsyncIterator, Sequence, Mapping, Self, NewType, TypeAlias, ParamSpec, Concatenate

UserId = NewType("UserId", int)
Vector: TypeAlias = list[float]
P = ParamSpec("P")
R = TypeVar("R")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)

def logged(fn: Callable[P, R]) -> Callable[P, R]:
    def inner(*a: P.args, **k: P.kwargs) -> R:
        print("call", fn.__name__, a, k)
        return fn(*a, **k)
    return inner

@logged
def add(a: int, b: int = 0) -> int:
    return a + b

class Stack(Generic[R]):
    def __init__(self) -> None:
        self.items: list[R] = []
    def push(self, x: R) -> Self:
        self.items.append(x)
        return self

@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return str(x) if isinstance(x, int) else int(x)

async def gen() -> AsyncIterator[int]:
    yield 1

async def main():
    print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
    print(get_origin(list[int]), get_args(tuple[int, ...]), get_args(Callable[[int, str], bool]))
    print(get_args(Annotated[int, "meta", 5]), get_origin(int | str), get_args(int | None), int | str, List[int], Dict[str, List[int]])
    print(UserId(5), UserId, Vector, P, R, K.__bound__, N.__constraints__, add(1, b=2))
    print(Stack[int]().push(1).push(2).items, Stack[int], conv(5), conv("7"), typing.TYPE_CHECKING)
    print(typing.get_type_hints(add), add.__annotations__ if hasattr(add, "__annotations__") else None)
    print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], Tuple[int, str], Sequence[int], Mapping[str, Any])
    print(isinstance([], typing.Sequence) if False else "", issubclass(list, typing.Sequence) if False else "", Concatenate[int, P])
    print([x async for x in gen()], repr(Any), typing.Literal[1, 2], typing.Final[int], typing.ClassVar[str])
    class Movie(typing.TypedDict):
        name: str
        year: typing.NotRequired[int]
    print(Movie.__required_keys__, Movie.__optional_keys__, Movie(name="x"))

asyncio.run(main())
