"""threading: what our module shares with CPython's when one thread uses it: locks,
reentrant locks, semaphores, events, conditions whose predicate already holds, Thread
objects before start (names, repr, daemon, run) and the main thread. Threads that run
are tested as programs (tests/programs/threads, through the oracle's thread rule)."""
import _thread
import re
import sys
import threading
import time
import types
from compare import load, same


def one_thread_primitives():
    """Our threading needs Taskscope's _thread (block, wake): with one thread a block
    can only end by its timeout."""
    shim = types.ModuleType("_thread")
    for name in ("get_ident", "get_native_id", "start_new_thread", "_count"):
        setattr(shim, name, getattr(_thread, name))

    def block(timeout=None):
        if timeout is None:
            raise RuntimeError("deadlock: the only thread waits forever")
        time.sleep(timeout)
        return False

    shim.block = block
    shim.wake = lambda ident: None
    return shim


sys.modules["_thread"] = one_thread_primitives()
try:
    ts_threading = load("threading")
finally:
    sys.modules["_thread"] = _thread


def attempt(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except Exception as e:
        return (type(e).__name__, str(e))


def locks(mod):
    log = []
    lock = mod.Lock()
    log += [lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False),
            attempt(lock.acquire, False, 1), attempt(lock.acquire, True, 0.0)]
    log += [lock.release(), lock.locked(), attempt(lock.release)]
    with lock:
        log.append(lock.locked())
    log.append(lock.locked())
    r = mod.RLock()
    log += [r.acquire(), r.acquire(), r.release(), r.release(), attempt(r.release)]
    with r:
        with r:
            log.append("nested")
    s = mod.Semaphore(2)
    log += [s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.0),
            attempt(s.acquire, False, 1), s.release(), s.release(3), attempt(s.release, 0)]
    log.append(attempt(mod.Semaphore, -1))
    b = mod.BoundedSemaphore(1)
    log += [b.acquire(), b.release(), attempt(b.release), attempt(b.release, 0)]
    with b:
        log.append("in bounded")
    e = mod.Event()
    log += [e.is_set(), e.wait(0.0), e.set(), e.is_set(), e.wait(), e.wait(1),
            e.clear(), e.is_set()]
    c = mod.Condition()
    with c:
        log += [c.wait_for(lambda: 5), c.notify(), c.notify_all(), c.wait(0.0),
                c.wait_for(lambda: 0, 0.0)]
    c2 = mod.Condition(mod.Lock())
    log.append(c2.acquire())
    c2.release()
    return log


def plain(text):
    # Thread numbers count every Thread made in the process: compare their shape only.
    return re.sub(r"\d+", "N", re.sub(r" at 0x[0-9a-f]+", "", text))


def threads(mod):
    log = []
    out = []
    t = mod.Thread(target=out.append, args=("ran",))
    log += [plain(t.name), plain(repr(t)), t.daemon, t.ident, t.is_alive()]
    t.run()
    log.append(out)
    log.append(attempt(t.join))
    u = mod.Thread(name=42, daemon=True)
    log += [u.name, repr(u), u.daemon, u.isDaemon(), u.getName()]
    u.name = "renamed"
    u.daemon = False
    log += [u.name, repr(u), u.daemon]
    log.append(plain(mod.Thread(target=len).name))
    log.append(plain(mod.Thread(target=object()).name))
    m = mod.current_thread()
    log += [m.name, m is mod.main_thread(), m.is_alive(), mod.active_count(),
            [x.name for x in mod.enumerate()], m.daemon, attempt(m.join),
            isinstance(mod.get_ident(), int), mod.get_ident() == m.ident]
    timer = mod.Timer(5, print, args=[1])
    log += [timer.interval, timer.args, timer.kwargs, timer.finished.is_set()]
    timer.cancel()
    log.append(timer.finished.is_set())
    local = mod.local()
    local.x = 3
    log.append(local.x)
    log += [mod.TIMEOUT_MAX > 1e9, mod.ThreadError is RuntimeError,
            set(mod.__all__) <= set(threading.__all__)]
    return log


same("threading locks", lambda: locks(ts_threading), lambda: locks(threading))
same("threading threads", lambda: threads(ts_threading), lambda: threads(threading))
same("threading lock repr", lambda: plain(repr(ts_threading.Lock())),
     lambda: plain(repr(threading.Lock())))
