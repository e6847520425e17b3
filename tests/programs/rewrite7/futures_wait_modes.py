# concurrent.futures.wait: each return_when, timeouts, futures already done, the
# named tuple it returns.
from concurrent.futures import (ThreadPoolExecutor, Future, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED)
import time


def job(x):
    time.sleep(abs(x))
    if x < 0:
        raise ValueError(x)
    return x


def names(fs, labels):
    return sorted(labels[f] for f in fs)


with ThreadPoolExecutor(max_workers=4) as ex:
    labels = {}
    for x in (0.3, -0.2, 0.1, 0.5):
        labels[ex.submit(job, x)] = x
    res = wait(labels, return_when=FIRST_EXCEPTION)
    print(type(res).__name__, names(res.done, labels), names(res.not_done, labels),
          f"at {time.monotonic():.1f}")
    done, not_done = wait(labels, return_when=FIRST_EXCEPTION)
    print("again, at once:", names(done, labels), f"at {time.monotonic():.1f}")
    done, not_done = wait(labels, return_when=FIRST_COMPLETED)
    print("first completed, at once:", len(done), f"at {time.monotonic():.1f}")
    done, not_done = wait(labels, timeout=0.05)
    print("timeout:", names(done, labels), names(not_done, labels), f"at {time.monotonic():.2f}")
    done, not_done = wait(labels)
    print("all:", names(done, labels), len(not_done), f"at {time.monotonic():.1f}")

with ThreadPoolExecutor(max_workers=3) as ex:
    labels = {ex.submit(job, x): x for x in (0.4, 0.2, 0.3)}
    done, not_done = wait(labels, return_when=FIRST_EXCEPTION)
    print("no exception: waits for all", names(done, labels), f"at {time.monotonic():.1f}")
    labels = {ex.submit(job, x): x for x in (0.4, 0.2, 0.3)}
    done, not_done = wait(labels, timeout=0.25, return_when=FIRST_COMPLETED)
    print("first of three:", names(done, labels), f"at {time.monotonic():.2f}")

print("empty:", wait([]), wait([], return_when=FIRST_COMPLETED))
cancelled = Future()
cancelled.cancel()
done, not_done = wait([cancelled], timeout=0)
print("a cancelled, not notified future counts as not done:", len(done), len(not_done))
cancelled.set_running_or_notify_cancel()
done, not_done = wait([cancelled], timeout=0)
print("once notified:", len(done), len(not_done))
f = Future()
print("timeout 0 on pending:", [len(s) for s in wait([f, f], timeout=0)])
print(wait([f], timeout=0.1).not_done == {f}, f"at {time.monotonic():.2f}")
