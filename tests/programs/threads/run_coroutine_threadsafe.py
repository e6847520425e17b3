import asyncio
import threading
import time


async def add(a, b):
    await asyncio.sleep(0.3)
    return a + b


def from_thread(loop):
    fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    print("thread got", fut.result(), f"at {time.monotonic():.1f}")
    fut = asyncio.run_coroutine_threadsafe(add(1, 1), loop)
    try:
        fut.result(timeout=0.1)
    except TimeoutError:
        print("thread timed out waiting")
    print("thread then got", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.to_thread(from_thread, loop)
    print("main done at", loop.time())


asyncio.run(main())
