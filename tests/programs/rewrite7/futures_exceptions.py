# The exceptions of concurrent.futures: classes, messages, and where they come from.
import concurrent.futures as cf
import asyncio
import re

for name in ("CancelledError", "TimeoutError", "InvalidStateError", "BrokenExecutor"):
    cls = getattr(cf, name)
    print(name, [c.__name__ for c in cls.__mro__])
print(cf.TimeoutError is TimeoutError, cf.CancelledError is asyncio.CancelledError)

print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)

f = cf.Future()
for call in (lambda: f.result(timeout=0), lambda: f.exception(timeout=0.5)):
    try:
        call()
    except TimeoutError as e:
        print("timeout:", type(e).__name__, repr(str(e)))

for bad in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print("max_workers", bad, e)
try:
    cf.ThreadPoolExecutor(initializer=42)
except TypeError as e:
    print("initializer:", e)

try:
    cf.Executor().submit(print)
except NotImplementedError as e:
    print("Executor.submit:", type(e).__name__, repr(e))
print("Executor.shutdown:", cf.Executor().shutdown())
with cf.Executor() as ex:
    print("Executor as context:", type(ex).__name__)


def boom(n):
    raise ValueError(f"boom {n}")


with cf.ThreadPoolExecutor(2) as ex:
    fut = ex.submit(boom, 1)
    print(repr(fut.exception()), re.sub(r"0x[0-9a-f]+", "ADDR", repr(fut)))
    try:
        fut.result()
    except ValueError as e:
        print("result raised", e)
    fut = ex.submit(lambda: (_ for _ in ()).throw(SystemExit(3)))
    print("SystemExit in a worker:", repr(fut.exception()))

done = cf.Future()
done.set_result(1)
print(cf.wait([done], return_when="NOT_A_MODE").done == {done})
try:
    cf.wait([cf.Future()], timeout=0, return_when="NOT_A_MODE")
except ValueError as e:
    print("wait:", e)


def bad_init(tag):
    print("initializer", tag)
    raise OSError("no")


import logging
logging.basicConfig(format="%(levelname)s %(message)s")
ex = cf.ThreadPoolExecutor(max_workers=1, initializer=bad_init, initargs=("A",))
fut = ex.submit(print, "never")
try:
    fut.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(print, "again")
except cf.BrokenExecutor as e:
    print("submit to broken:", type(e).__name__, e)
ex.shutdown()
try:
    ex.submit(print, "after shutdown")
except cf.BrokenExecutor as e:
    print("broken wins over shutdown:", type(e).__name__)

ex = cf.ThreadPoolExecutor()
ex.shutdown()
try:
    ex.submit(print)
except RuntimeError as e:
    print("after shutdown:", e)
