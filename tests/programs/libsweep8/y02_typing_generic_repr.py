from typing import (Generic, TypeVar, Optional, Union, Literal, Final, ClassVar, Callable, Awaitable,
                    Coroutine, AsyncIterator, Iterable, Sequence, Mapping, Tuple, Any, get_origin, get_args, cast, TYPE_CHECKING, overload, NewType, Annotated)
import typing, asyncio

T = TypeVar("T")
K = TypeVar("K", bound=str)
N = TypeVar("N", int, float)
UserId = NewType("UserId", int)

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item

async def producer() -> AsyncIterator[int]:
    yield 1

print(T, K, N, repr(T), T.__name__, K.__bound__, N.__constraints__)
print(Box[int], Box[int]().__class__ if False else Box[int], Box(3).get(), Box.__parameters__)
print(Optional[str], Union[int, str, None], Literal["a", 1], Final[int], ClassVar[list], Callable[..., int], Awaitable[int], Coroutine[Any, Any, str])
print(AsyncIterator[int], Iterable[str], Sequence[int], Mapping[str, int], Tuple[int, ...], Tuple[()], tuple[int, str], dict[str, list[int]])
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_origin(Literal[1]), get_args(Callable[[int], str]))
print(cast(int, "x"), TYPE_CHECKING, UserId(5), UserId, UserId.__name__, Annotated[int, "meta"])
print(int | str, (int | str) == Union[int, str], type(int | str), list[int] == list[int], repr(list[int]))
def f(x: "Box[int]") -> Optional[int]: ...
print(typing.get_type_hints(f, globals()), f.__annotations__)
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)
print(typing.Optional[typing.List[int]].__args__, isinstance([], typing.List), issubclass(list, typing.Sequence))
