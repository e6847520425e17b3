# Workload 4, memory: 100,000 tasks pending on one Event. The harness reads the peak
# memory of the run (process RSS; wasm memory size for the wasm engines).
import asyncio

try:
    from time import perf_counter as now
except ImportError:  # MicroPython has no perf_counter: microsecond ticks instead.
    from time import ticks_us

    def now():
        return ticks_us() / 1e6

N = 100000


async def waiter(event):
    await event.wait()
    return 1


async def main():
    t0 = now()
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event)) for _ in range(N)]
    await asyncio.sleep(0)  # every task has started and now waits on the event
    print("pending_100k_setup", round(now() - t0, 4), "s")
    event.set()
    done = sum(await asyncio.gather(*tasks))
    assert done == N
    print("pending_100k_total", round(now() - t0, 4), "s")


asyncio.run(main())
