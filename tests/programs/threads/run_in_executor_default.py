import asyncio
import threading
import time


def compute(x):
    time.sleep(0.2 * x)
    return x * x, threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, compute, i) for i in (3, 1, 2)]
    print(type(futs[0]).__name__)
    for coro in asyncio.as_completed(futs):
        value, name = await coro
        print(f"{value} from {name} at {loop.time():.1f}")


asyncio.run(main())
