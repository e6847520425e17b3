import asyncio
from typing import NamedTuple, TypedDict, Protocol, Optional, Union, get_type_hints, List, Dict, Callable, Any, runtime_checkable

class Job(NamedTuple):
    name: str
    retries: int = 3
    tags: tuple = ()

class Result(TypedDict):
    job: str
    ok: bool

class Partial(TypedDict, total=False):
    detail: str

@runtime_checkable
class Runner(Protocol):
    async def run(self, job: Job) -> Result: ...

class Local:
    async def run(self, job: Job) -> Result:
        await asyncio.sleep(0.01 * job.retries)
        return Result(job=job.name, ok=job.retries > 1)

async def main():
    jobs = [Job("a"), Job("b", 1), Job("c", tags=("x",))]
    r = Local()
    print(isinstance(r, Runner), isinstance(object(), Runner))
    results = await asyncio.gather(*(r.run(j) for j in jobs))
    print(results, type(results[0]))
    j = jobs[2]
    print(j, repr(j), j._fields, j._field_defaults, j._asdict(), j._replace(retries=0), Job._make(["z", 0, ()]))
    print(j[0], j.name, len(j), tuple(j), j == ("c", 3, ("x",)), hash(j) == hash(("c", 3, ("x",))))
    try:
        j.name = "q"
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        Job()
    except TypeError as e:
        print("TypeError:", e)
    try:
        j._replace(bogus=1)
    except ValueError as e:
        print("ValueError:", e)
    print(Result.__required_keys__, Partial.__optional_keys__, Partial(detail="x"))
    print(get_type_hints(Job), get_type_hints(Local.run))
    print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Callable[[int], str], Any, list[int], int | None)
    print(repr(Optional[List[Job]]), Union[int, None] == Optional[int], Union[int])
    def f(a: int, b: "str" = "x") -> Optional[bool]:
        return None
    print(get_type_hints(f), f.__annotations__)
    try:
        isinstance(1, List[int])
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
