# run_coroutine_threadsafe from a thread: a result, an exception, a timeout on the
# concurrent future (which then cancels the task), cancelling from the thread, and a
# non-coroutine.
import asyncio
import concurrent.futures as cf
import threading
import time


async def compute(x, delay):
    await asyncio.sleep(delay)
    if x < 0:
        raise ValueError(f"negative {x}")
    return x * 2


async def watched(delay):
    try:
        await asyncio.sleep(delay)
        return "finished"
    except asyncio.CancelledError:
        print("  task cancelled at", round(asyncio.get_running_loop().time(), 2))
        raise


def from_thread(loop):
    f = asyncio.run_coroutine_threadsafe(compute(5, 0.2), loop)
    print("type:", type(f).__name__)
    print("result:", f.result(), f"at {time.monotonic():.1f}")
    f = asyncio.run_coroutine_threadsafe(compute(-1, 0.1), loop)
    try:
        f.result()
    except ValueError as e:
        print("exception:", e, f"at {time.monotonic():.1f}")
    f = asyncio.run_coroutine_threadsafe(watched(1.0), loop)
    try:
        f.result(timeout=0.3)
    except cf.TimeoutError:
        print(f"timed out at {time.monotonic():.1f}; cancel:", f.cancel())
    time.sleep(0.1)
    f = asyncio.run_coroutine_threadsafe(watched(0.5), loop)
    time.sleep(0.2)
    print("cancel from thread:", f.cancel(), f.cancelled())
    time.sleep(0.1)
    try:
        asyncio.run_coroutine_threadsafe(compute, loop)
    except TypeError as e:
        print("TypeError:", e)
    coro = compute(1, 0)
    try:
        asyncio.run_coroutine_threadsafe(coro, "not a loop")
    except AttributeError as e:
        print("AttributeError:", type(e).__name__)
    coro.close()
    f = asyncio.run_coroutine_threadsafe(compute(7, 0.1), loop)
    print("callback order:", f.result(), f.done(), f.running())
    return "thread done"


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(from_thread, loop), round(loop.time(), 2))


asyncio.run(main())
