# What crosses between a concurrent.futures.Future and an asyncio future: the
# concurrent package's CancelledError, TimeoutError and InvalidStateError arrive as new
# exceptions of asyncio's classes (same args); any other exception is the same object.
import asyncio
import concurrent.futures as cf


class MyTimeout(TimeoutError):
    pass


async def relay(exc):
    source = cf.Future()
    source.set_exception(exc)
    try:
        await asyncio.wrap_future(source)
    except BaseException as got:
        return got


async def failing(exc):
    await asyncio.sleep(0.1)
    raise exc


async def main():
    loop = asyncio.get_running_loop()
    cases = [cf.CancelledError("c", 1), TimeoutError("t", 2), cf.InvalidStateError("i"),
             MyTimeout("sub"), ValueError("v"), asyncio.CancelledError("a")]
    for exc in cases:
        got = await relay(exc)
        print(type(exc).__name__, "->",
              type(got).__module__, type(got).__name__, got.args, got is exc)

    # The other way: a task's outcome copied into a concurrent future.
    for exc in (TimeoutError("late"), KeyError("k")):
        fut = asyncio.run_coroutine_threadsafe(failing(exc), loop)
        await asyncio.sleep(0.2)
        got = fut.exception()
        print("threadsafe:", type(got).__name__, got.args, got is exc)


asyncio.run(main())
