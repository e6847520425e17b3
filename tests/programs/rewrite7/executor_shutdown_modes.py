# ThreadPoolExecutor.shutdown: wait=False, cancel_futures=True, twice, and the worker
# threads' names.
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def work(x):
    time.sleep(0.2)
    print(f"  work({x}) in {threading.current_thread().name} at {time.monotonic():.1f}")
    return x


ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool")
fs = [ex.submit(work, i) for i in range(6)]
time.sleep(0.1)
ex.shutdown(wait=True, cancel_futures=True)
print("after shutdown(cancel_futures=True)", f"at {time.monotonic():.1f}")
print([f.cancelled() for f in fs], [f.result() for f in fs if not f.cancelled()])
ex.shutdown()
print("shutdown twice is fine")

ex = ThreadPoolExecutor(max_workers=2, thread_name_prefix="nowait")
fs = [ex.submit(work, i) for i in range(3)]
ex.shutdown(wait=False)
print("shutdown(wait=False) returns", f"at {time.monotonic():.1f}", [f.done() for f in fs])
print([f.result() for f in fs], f"at {time.monotonic():.1f}")

ex = ThreadPoolExecutor(max_workers=3, thread_name_prefix="lazy")
print("threads before submit:", sorted(t.name for t in threading.enumerate()))
a = ex.submit(work, "a")
a.result()
b = ex.submit(work, "b")  # an idle worker takes it: no new thread
b.result()
print("threads:", sorted(t.name for t in threading.enumerate()))
c = [ex.submit(work, x) for x in "cde"]
print("threads:", sorted(t.name for t in threading.enumerate()))
ex.shutdown()
print("threads after:", sorted(t.name for t in threading.enumerate()))


def initializer(tag):
    print("init", tag, threading.current_thread().name)


with ThreadPoolExecutor(2, "init", initializer, ("T",)) as ex:
    print(sorted(ex.map(work, [1, 2, 3])))
