# An uncaught exception keeps the failing function's locals until shutdown: the
# coroutines among them are reported as "sys:1" while the warnings module still works
# (so with the tracemalloc hint), and one more coroutine of the same function held by a
# global is not reported again. sys.stderr and sys.__stderr__ are stdout here, so the
# traceback and the warnings are compared.
import sys

sys.__stderr__ = sys.stdout
sys.stderr = sys.stdout


async def step(n):
    return n


async def other(n):
    return n


leftover = step(0)


def fail():
    pending = [step(1), other(2)]
    raise ValueError("failed with %d pending" % len(pending))


print("calling fail()")
fail()
