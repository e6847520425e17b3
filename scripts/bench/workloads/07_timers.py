# Workload 7, timers: 10,000 tasks sleeping random (seeded) delays of up to 10 s on a
# virtual clock (time jumps to the next timer when nothing is ready).
#
# Taskscope has the virtual clock built in (the harness runs it with --clock=virtual /
# clock: 'virtual'); there perf_counter() reads virtual time too, so the harness times
# the run from outside. CPython and Pyodide get the same clock from a small event loop
# defined here, whose selector advances the time instead of waiting; the program times
# itself with perf_counter().
import asyncio
import random
import sys

N = 10000


async def sleeper(delay):
    await asyncio.sleep(delay)
    return 1


async def main():
    random.seed(0)
    delays = [random.random() * 10 for _ in range(N)]
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = sum(await asyncio.gather(*[sleeper(d) for d in delays]))
    assert done == N
    print("timers_virtual_span", round(loop.time() - start, 3), "virtual-s")


if "Taskscope" in sys.version:
    asyncio.run(main())
else:
    try:
        from time import perf_counter
    except ImportError:  # MicroPython
        from time import ticks_us

        def perf_counter():
            return ticks_us() / 1e6

    class VirtualSelector:
        """Stands in for the loop's selector: 'waiting' advances the virtual time."""

        def __init__(self, loop):
            self.loop = loop

        def select(self, timeout):
            if timeout:
                self.loop.virtual_now += timeout
            return []

        def close(self):
            pass

    class VirtualClockLoop(asyncio.BaseEventLoop):
        def __init__(self):
            super().__init__()
            self.virtual_now = 0.0
            self._selector = VirtualSelector(self)

        def time(self):
            return self.virtual_now

        def _process_events(self, event_list):
            pass

        def _write_to_self(self):
            pass

    t0 = perf_counter()
    # Pyodide counts its own WebLoop as running at top level; step aside from it.
    outer = asyncio.events._get_running_loop()
    asyncio.events._set_running_loop(None)
    loop = VirtualClockLoop()
    loop.run_until_complete(main())
    loop.close()
    asyncio.events._set_running_loop(outer)
    print("timers_10k", round(perf_counter() - t0, 4), "s")
