# as_completed: finished futures first, the rest in the order they finish, duplicates,
# a timeout long enough, and the TimeoutError it raises with its message. (A timeout
# that runs out while waiting never fires under the virtual clock, in CPython as here:
# the time left is then exactly 0.0, which as_completed waits for again.)
from concurrent.futures import ThreadPoolExecutor, Future, as_completed, TimeoutError
import threading
import time


def job(x):
    time.sleep(x)
    return x


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(job, x) for x in (0.3, 0.1, 0.2)]
    for f in as_completed(fs + fs):
        print("completed", f.result(), f"at {time.monotonic():.1f}")

    fs = [ex.submit(job, x) for x in (0.5, 0.1, 0.4)]
    for f in as_completed(fs, timeout=2):
        print("completed", f.result(), f"at {time.monotonic():.1f}")

    fs = [ex.submit(job, x) for x in (0.5, 0.1, 0.4)]
    fs[1].result()
    try:
        for f in as_completed(fs, timeout=-1):
            print("completed", f.result(), f"at {time.monotonic():.1f}")
    except TimeoutError as e:
        print("TimeoutError:", e, f"at {time.monotonic():.1f}")
    print([f.done() for f in fs])

ready = Future()
ready.set_result("ready")
it = as_completed([ready, Future(), Future()], timeout=-0.5)
print(next(it).result())
try:
    next(it)
except TimeoutError as e:
    print("TimeoutError:", e, f"at {time.monotonic():.1f}")
print(list(as_completed([])))
print(list(as_completed([ready], timeout=-1)) == [ready])


def finish_later(fut, value, delay):
    time.sleep(delay)
    if value is None:
        print("cancel", fut.cancel(), fut.set_running_or_notify_cancel())
    else:
        fut.set_result(value)


a, b, c = Future(), Future(), Future()
threading.Thread(target=finish_later, args=(b, "b", 0.1)).start()
threading.Thread(target=finish_later, args=(a, "a", 0.3)).start()
threading.Thread(target=finish_later, args=(c, None, 0.2)).start()
print([f.cancelled() or f.result() for f in as_completed([a, b, c])],
      f"at {time.monotonic():.1f}")
