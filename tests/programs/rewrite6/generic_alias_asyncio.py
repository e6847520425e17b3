"""asyncio.Queue[int], asyncio.Future[int], asyncio.Task[int] and list[int] are
types.GenericAlias objects, as in CPython: learners annotate with them."""
import asyncio
import types

aliases = [asyncio.Queue[int], asyncio.Future[int], asyncio.Task[str],
           asyncio.PriorityQueue[tuple[int, str]], asyncio.LifoQueue[int],
           list[int], dict[str, list[int]], asyncio.Queue['Job']]
for a in aliases:
    print(repr(a), a.__origin__, a.__args__, isinstance(a, types.GenericAlias), type(a))
print(asyncio.Queue[int] == asyncio.Queue[int], asyncio.Queue[int] == asyncio.Queue[str])
print(hash(asyncio.Queue[int]) == hash(asyncio.Queue[int]))
print(asyncio.Queue[int].__parameters__, asyncio.Queue[int] | None)
print(types.GenericAlias(list, (int,)), types.GenericAlias(list, int))
print(types.GenericAlias is type(list[int]), types.UnionType is type(int | None))


# Annotations evaluated when the function is defined.
async def producer(q: asyncio.Queue[int], n: int) -> None:
    for i in range(n):
        await q.put(i)


async def consumer(q: asyncio.Queue[int], done: asyncio.Future[list[int]]) -> None:
    got: list[int] = []
    while len(got) < 3:
        got.append(await q.get())
    done.set_result(got)


async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue[int]()
    print(type(q).__name__, q.qsize())
    done: asyncio.Future[list[int]] = asyncio.get_running_loop().create_future()
    tasks: list[asyncio.Task[None]] = [asyncio.create_task(producer(q, 3)),
                                       asyncio.create_task(consumer(q, done))]
    print(await done)
    await asyncio.gather(*tasks)
    print(producer.__annotations__)
    print(consumer.__annotations__)

asyncio.run(main())
