# asyncio and threads: to_thread with arguments, run_in_executor with an executor of
# our own, wrap_future of futures in every state, cancelling the asyncio side, and
# errors from the default executor.
import asyncio
import concurrent.futures as cf
import functools
import threading
import time


def blocking(x, *, scale=1, delay=0.2):
    time.sleep(delay)
    return (x * scale, threading.current_thread().name)


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking, 2, scale=10))
    print(await loop.run_in_executor(None, functools.partial(blocking, 3, delay=0.1)))
    with cf.ThreadPoolExecutor(1, "own") as pool:
        print(await loop.run_in_executor(pool, blocking, 4))
        r = await asyncio.gather(*(loop.run_in_executor(pool, blocking, i) for i in range(3)))
        print(r, round(loop.time(), 2))

    done = cf.Future()
    done.set_result("early")
    print("wrap a done future:", await asyncio.wrap_future(done))
    failed = cf.Future()
    failed.set_exception(KeyError("gone"))
    try:
        await asyncio.wrap_future(failed)
    except KeyError as e:
        print("wrap a failed future:", repr(e))
    cancelled = cf.Future()
    cancelled.cancel()
    try:
        await asyncio.wrap_future(cancelled)
    except asyncio.CancelledError as e:
        print("wrap a cancelled future:", type(e).__module__, type(e).__name__)

    pending = cf.Future()
    wrapped = asyncio.wrap_future(pending)
    wrapped.cancel()
    await asyncio.sleep(0)
    print("cancelling the asyncio side cancels the other:", pending.cancelled())

    later = cf.Future()
    wrapped = asyncio.wrap_future(later)
    threading.Timer(0.3, later.set_result, ("from a timer",)).start()
    print(await wrapped, round(loop.time(), 2))

    try:
        asyncio.wrap_future("nope")
    except AssertionError as e:
        print("AssertionError:", e)
    fut = loop.create_future()
    print("wrap an asyncio future:", asyncio.wrap_future(fut) is fut)
    fut.cancel()
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)

    with cf.ThreadPoolExecutor(2) as pool:
        slow = loop.run_in_executor(pool, functools.partial(blocking, 5, delay=0.5))
        try:
            await asyncio.wait_for(slow, 0.2)
        except asyncio.TimeoutError:
            print("wait_for timed out at", round(loop.time(), 2))
    print("executor closed at", round(loop.time(), 2))

    await loop.shutdown_default_executor()
    try:
        await loop.run_in_executor(None, blocking, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
print("after run:", sorted(t.name for t in threading.enumerate()))
