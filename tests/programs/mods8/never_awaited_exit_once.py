# Coroutines still alive at exit, never awaited: CPython reports them from the sys
# module's warnings registry ("sys:1"), so under the default filter each message is
# shown once: two coroutines of one function give one line, of two functions one each.
# No source line and no tracemalloc hint at exit. sys.__stderr__ (what sys.stderr
# becomes at shutdown) is stdout here, so the lines are compared.
import sys
import warnings

sys.__stderr__ = sys.stdout


async def fetch(n):
    return n


async def store(n):
    return n


pending = [fetch(1), fetch(2), store(3), store(4), fetch(5)]
first = fetch(6)
second = store(7)
print("pending:", len(pending), "coroutines, and two more in globals")
print("warnings imported:", "warnings" in sys.modules)
