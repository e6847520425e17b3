import asyncio, heapq, bisect
from dataclasses import dataclass, field

@dataclass(order=True)
class Event:
    at: float
    name: str = field(compare=False)

async def scheduler(events):
    heap = list(events)
    heapq.heapify(heap)
    loop = asyncio.get_running_loop()
    while heap:
        ev = heapq.heappop(heap)
        await asyncio.sleep(max(0, ev.at - loop.time()))
        print(f"{loop.time():.1f} {ev.name}")

async def main():
    await scheduler([Event(1.5, "c"), Event(0.5, "a"), Event(1.0, "b"), Event(0.5, "a2")])
    nums = [5, 1, 8, 3, 9, 2]
    print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
    print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["b", "a"], ["c"], key=str, reverse=True)))
    h = []
    for x in nums:
        heapq.heappush(h, -x)
    print([-heapq.heappop(h) for _ in range(3)], heapq.heappushpop(h, -100), heapq.heapreplace(h, 0), sorted(h))
    grades = [60, 70, 80, 90]
    print([ "FDCBA"[bisect.bisect(grades, s)] for s in (55, 60, 75, 95)], bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70))
    lst = []
    for v in [5, 2, 8, 2]:
        bisect.insort(lst, v)
    print(lst)
    recs = [("a", 1), ("c", 3)]
    bisect.insort(recs, ("b", 2), key=lambda r: r[1])
    print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[1]))

asyncio.run(main())
