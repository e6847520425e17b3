# Workload 3, spawn-heavy: gather of 10,000 and of 100,000 asyncio.sleep(0) tasks.
import asyncio

try:
    from time import perf_counter as now
except ImportError:  # MicroPython has no perf_counter: microsecond ticks instead.
    from time import ticks_us

    def now():
        return ticks_us() / 1e6


async def spawn(n):
    t0 = now()
    try:
        await asyncio.gather(*[asyncio.sleep(0) for _ in range(n)])
    except Exception as e:  # MicroPython's fixed Python stack gives out
        print("gather_%dk" % (n // 1000), "failed", type(e).__name__ + ":", e)
        return
    print("gather_%dk" % (n // 1000), round(now() - t0, 4), "s")


async def main():
    await spawn(10000)
    await spawn(100000)


asyncio.run(main())
