from typing import List, Dict, Optional, Union, Tuple, Callable, Any, TypeVar, Iterable
T = TypeVar("T")
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
Pair = Tuple[int, str]
def describe(p: Pair, extra: Union[int, str] = 0, **kw: Any) -> Dict[str, Any]:
    return {"pair": p, "extra": extra}
print(first([3, 4]), first([]), apply(lambda x: x + 1, 1), describe((1, "a")))
def total(xs: Iterable[float]) -> float:
    return sum(xs)
print(total([1.5, 2.5]))
