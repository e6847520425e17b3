import asyncio, heapq, bisect
from itertools import count

class Scheduler:
    def __init__(self):
        self.heap = []
        self.seq = count()
    def add(self, prio, name):
        heapq.heappush(self.heap, (prio, next(self.seq), name))
    def pop(self):
        prio, _, name = heapq.heappop(self.heap)
        return prio, name

async def run_job(name, prio):
    await asyncio.sleep(prio / 10)
    return f"{name}@{prio}"

async def main():
    s = Scheduler()
    for p, n in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent2")]:
        s.add(p, n)
    order = []
    while s.heap:
        order.append(s.pop())
    print(order)
    print(await asyncio.gather(*(run_job(n, p) for p, n in order)))
    print(heapq.nsmallest(2, [5, 1, 4, 2]), heapq.nlargest(2, "hello"), list(heapq.merge([1, 4], [2, 3])))
    h = [5, 3, 8]; heapq.heapify(h); print(h, heapq.heappushpop(h, 1), heapq.heapreplace(h, 9), h)
    grades = [60, 70, 80, 90]
    print([("FDCBA"[bisect.bisect(grades, s)]) for s in (55, 60, 75, 95)])
    xs = [1, 3, 5]; bisect.insort(xs, 4); print(xs, bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3))
    try:
        heapq.heappop([])
    except IndexError as e:
        print("IndexError:", e)

asyncio.run(main())
