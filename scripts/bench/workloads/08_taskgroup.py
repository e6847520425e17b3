# Workload 8, TaskGroup fan-out/fan-in: 10,000 tasks with results.
import asyncio
try:
    from time import perf_counter as now
except ImportError:  # MicroPython has no perf_counter: microsecond ticks instead.
    from time import ticks_us

    def now():
        return ticks_us() / 1e6

N = 10000


async def job(i):
    await asyncio.sleep(0)
    return i * 2


async def main():
    t0 = now()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(N)]
    total = sum(t.result() for t in tasks)
    assert total == N * (N - 1)
    print("taskgroup_10k", round(now() - t0, 4), "s")


asyncio.run(main())
