# loop.run_in_executor's checks: a coroutine function in debug mode, a closed loop, and
# the name of the thread that runs the call.
import asyncio
import threading


async def coro_fn():
    pass


def where(tag):
    return f"{tag} in {threading.current_thread().name}"


async def main():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    try:
        loop.run_in_executor(None, coro_fn)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_debug(False)
    print(await loop.run_in_executor(None, where, "call"))
    other = asyncio.new_event_loop()
    other.close()
    try:
        other.run_in_executor(None, where, "never")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
