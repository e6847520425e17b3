# A loop made while another runs refuses to run; what it was given is never run. A task
# made on it stays pending: when the loop is closed (and the garbage collected) it is
# reported destroyed, then its coroutine "never awaited", as in CPython; a coroutine
# the refusing call never wrapped is reported where it is dropped.
import asyncio
import gc
import sys
import warnings

sys.stderr = sys.stdout
warnings.formatwarning = lambda m, c, f, l, line=None: f'{c.__name__}: {m}\n'


async def inner():
    print("inner ran")


def handler(loop, context):
    print("handler:", context['message'], context['task'].get_coro().__qualname__)


async def main():
    loop2 = asyncio.new_event_loop()
    loop2.set_exception_handler(handler)
    try:
        loop2.run_until_complete(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    task = loop2.create_task(inner())
    try:
        loop2.run_until_complete(task)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("task done:", task.done())
    del task
    loop2.call_soon(print, "callback of the refusing loop")
    loop2.close()
    gc.collect()
    print("closed")
    try:
        asyncio.run(inner())
    except RuntimeError as e:
        print("RuntimeError:", e)
    await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
loop3 = asyncio.new_event_loop()
loop3.call_soon(print, "loop3 callback")
loop3.run_until_complete(inner())
loop3.close()
print("end")


async def outer():
    global later
    later = asyncio.new_event_loop()
    later.call_soon(print, "parked callback")
    later.call_later(0.5, print, "parked timer", later.time())
    later.call_soon(print, "cancelled").cancel()
    later.create_task(inner())
    print("outer end")


asyncio.run(outer())
later.run_until_complete(asyncio.sleep(1))
later.close()
print("later closed")
