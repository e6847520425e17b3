# Workload 2, switch-heavy: 100 tasks, each awaiting asyncio.sleep(0) 1,000 times.
import asyncio

try:
    from time import perf_counter as now
except ImportError:  # MicroPython has no perf_counter: microsecond ticks instead.
    from time import ticks_us

    def now():
        return ticks_us() / 1e6


async def worker(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    t0 = now()
    await asyncio.gather(*[worker(1000) for _ in range(100)])
    print("switch_100x1000", round(now() - t0, 4), "s")


asyncio.run(main())
