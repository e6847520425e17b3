# A concurrent.futures.Future driven by hand: its states, its callbacks and its repr.
from concurrent.futures import Future, InvalidStateError, CancelledError
import re


def show(f):
    # The repr holds the address; keep the rest.
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(f))


def flags(f):
    return (f.running(), f.done(), f.cancelled())


f = Future()
print(show(f), flags(f))
f.add_done_callback(lambda fut: print("callback 1 sees", flags(fut)))
f.add_done_callback(lambda fut: print("callback 2 result", fut.result()))
print("set_running", f.set_running_or_notify_cancel(), show(f), flags(f))
print("cancel while running:", f.cancel())
f.set_result(42)
print(show(f), flags(f), f.result(), f.exception())
f.add_done_callback(lambda fut: print("late callback runs at once", fut.result()))
try:
    f.set_result(1)
except InvalidStateError as e:
    print("set_result again:", type(e).__name__, re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))
try:
    f.set_exception(ValueError("x"))
except InvalidStateError as e:
    print("set_exception again:", re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))
print("cancel finished:", f.cancel())

g = Future()
g.add_done_callback(lambda fut: print("g callback, cancelled:", fut.cancelled()))
print("cancel pending:", g.cancel(), "again:", g.cancel(), show(g), flags(g))
try:
    g.result()
except CancelledError as e:
    print("result of cancelled:", type(e).__name__, repr(e))
try:
    g.exception()
except CancelledError as e:
    print("exception of cancelled:", type(e).__name__)
print("set_running after cancel:", g.set_running_or_notify_cancel(), show(g), flags(g))
try:
    g.set_result(3)
except InvalidStateError as e:
    print("set_result cancelled:", re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))
try:
    g.set_running_or_notify_cancel()
except RuntimeError as e:
    print("set_running twice:", e)

h = Future()
h.set_exception(KeyError("k"))
print(show(h), flags(h), repr(h.exception()))
try:
    h.result()
except KeyError as e:
    print("result raises", repr(e))

r = Future()
r.set_result(None)
print(show(r))
r2 = Future()
r2.set_result([1])
print(show(r2))

# A callback that raises is logged; later callbacks still run.
import logging
logging.basicConfig(format="%(name)s %(levelname)s %(message).30s")
s = Future()
s.add_done_callback(lambda fut: 1 / 0)
s.add_done_callback(lambda fut: print("after the failing callback"))
s.set_result("ok")

