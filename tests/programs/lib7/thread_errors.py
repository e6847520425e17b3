# The errors the threading objects raise when misused, with their messages.
import re
import threading
import time


def attempt(label, fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")


lock = threading.Lock()
attempt("release unlocked lock", lock.release)
attempt("non-blocking with timeout", lock.acquire, False, 1)
# A negative timeout is left out: the oracle's stand-in lock words its error otherwise
# than CPython's C lock (tests/lib/test_threading.py compares ours with the real one).
attempt("zero timeout free", lock.acquire, True, 0)
attempt("zero timeout held", lock.acquire, True, 0)
lock.release()

r = threading.RLock()
attempt("release unowned rlock", r.release)
r.acquire()


def other_releases():
    attempt("rlock by another thread", r.release)
    attempt("rlock acquire non-blocking elsewhere", r.acquire, False)


t = threading.Thread(target=other_releases)
t.start()
t.join()
r.release()

t = threading.Thread(target=lambda: None)
attempt("join unstarted", t.join)
t.start()
attempt("start twice", t.start)
t.join()
attempt("start after finish", t.start)
attempt("daemon of a started thread", setattr, t, "daemon", True)
attempt("join current", threading.current_thread().join)

cond = threading.Condition()
attempt("wait without lock", cond.wait)
attempt("notify without lock", cond.notify)
attempt("notify_all without lock", cond.notify_all)
attempt("negative semaphore", threading.Semaphore, -1)
s = threading.BoundedSemaphore(1)
attempt("bounded over-release", s.release)
attempt("release zero", threading.Semaphore().release, 0)
attempt("semaphore non-blocking timeout", threading.Semaphore().acquire, False, 1)
attempt("barrier of zero", lambda: re.sub(r"0x[0-9a-f]+", "ADDR", repr(threading.Barrier(0))))
attempt("thread group", threading.Thread, "group")


class Broken(threading.Thread):
    def __init__(self):
        pass


attempt("start without init", Broken().start)
attempt("join without init", Broken().join)
attempt("local with args", threading.local, 1)
loc = threading.local()
attempt("del missing local attribute", delattr, loc, "nope")
attempt("missing local attribute", getattr, loc, "nope")
attempt("set local __dict__", setattr, loc, "__dict__", {})
print(threading.ThreadError is RuntimeError, issubclass(threading.BrokenBarrierError, RuntimeError))
attempt("timer join unstarted", threading.Timer(0.1, print).join)
time.sleep(0.01)
