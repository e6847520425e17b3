import asyncio
from typing import Protocol, TypedDict, NamedTuple, Optional, Union, Callable, Awaitable, TypeVar, Generic, Any, get_type_hints

T = TypeVar("T")

class Job(TypedDict):
    id: int
    payload: str

class Point(NamedTuple):
    x: int
    y: int = 0

class Runner(Protocol):
    async def run(self, job: Job) -> str: ...

class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"

class Echo:
    async def run(self, job: Job) -> str:
        await asyncio.sleep(0.01)
        return job["payload"].upper()

async def drive(r: Runner, jobs: list[Job], cb: Optional[Callable[[str], None]] = None) -> list[str]:
    out = []
    for j in jobs:
        s = await r.run(j)
        if cb:
            cb(s)
        out.append(s)
    return out

async def main():
    jobs: list[Job] = [{"id": 1, "payload": "ab"}, Job(id=2, payload="cd")]
    print(await drive(Echo(), jobs, print))
    p = Point(3)
    print(p, p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults)
    print(Box[int](4), Box("s"))
    print(Optional[int], Union[int, str], list[int], dict[str, list[int]], Callable[[int], str])
    print(get_type_hints(drive)["return"], drive.__annotations__["cb"])
    print(int | None, isinstance(3, int | str))
    print(Awaitable, Any, T)

asyncio.run(main())
