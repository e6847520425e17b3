# A coroutine that is never awaited: CPython's warning says where it was created when
# tracemalloc traces, and suggests enabling tracemalloc when it does not. The warnings
# are caught in a StringIO so that every line is compared.
import asyncio
import io
import sys
import tracemalloc
import warnings

warnings.simplefilter("always")  # the same line warns each time


async def fetch(n):
    await asyncio.sleep(0)
    return n


def make():
    return fetch(2)


def report(label, action):
    sys.stderr = io.StringIO()
    try:
        action()
    finally:
        text, sys.stderr = sys.stderr.getvalue(), sys.__stderr__
    print(f"--- {label}")
    print(text, end="")


def forgotten():
    fetch(1)


def kept_then_dropped():
    pending = make()
    print("holding", type(pending).__name__)
    del pending


report("not tracing", forgotten)
tracemalloc.start()
report("tracing", forgotten)
report("created in make(), dropped later", kept_then_dropped)
coro = fetch(3)
print(tracemalloc.get_object_traceback(coro) is not None, tracemalloc.get_object_traceback([]) is None)
coro.close()
tracemalloc.stop()
report("stopped", forgotten)
