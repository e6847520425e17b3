# Workload 5, producer/consumer: 100,000 items through an asyncio.Queue(maxsize=100).
import asyncio
try:
    from time import perf_counter as now
except ImportError:  # MicroPython has no perf_counter: microsecond ticks instead.
    from time import ticks_us

    def now():
        return ticks_us() / 1e6

N = 100000


async def producer(q):
    for i in range(N):
        await q.put(i)
    await q.put(None)


async def consumer(q):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            return total
        total += item


async def main():
    t0 = now()
    q = asyncio.Queue(maxsize=100)
    _, total = await asyncio.gather(producer(q), consumer(q))
    assert total == N * (N - 1) // 2
    print("queue_100k", round(now() - t0, 4), "s")


asyncio.run(main())
