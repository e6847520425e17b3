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


def shown(obj):
    """A repr with addresses, idents and our module's private name made comparable."""
    text = repr(obj).replace("ts_threading.", "threading.")
    text = re.sub(r"0x[0-9a-f]+", "ADDR", text)
    return re.sub(r"owner=\d+", "owner=N", text)


def reprs_and_errors(mod):
    """Reprs of every object in its states, and the errors of misuse, on one thread."""
    log = []
    s = mod.Semaphore(2)
    b = mod.BoundedSemaphore(2)
    e = mod.Event()
    log += [shown(s), shown(b), shown(e)]
    s.acquire()
    b.acquire()
    e.set()
    log += [shown(s), shown(b), shown(e), attempt(mod.Semaphore, -1),
            attempt(s.release, 0), attempt(s.acquire, False, 1)]
    b.release()
    log += [attempt(b.release), shown(b)]
    r = mod.RLock()
    log += [shown(r), r.acquire(), r.acquire(), shown(r), r._is_owned()]
    log += [r.release(), r.release(), shown(r), r._is_owned(), attempt(r.release)]
    c = mod.Condition(mod.Lock())
    log += [shown(c), attempt(c.wait), attempt(c.notify), attempt(c.notify_all)]
    with c:
        log += [shown(c), c.wait(0), c.wait_for(lambda: [], 0), c.wait_for(lambda: "x", 0)]
    c = mod.Condition()
    with c:
        with c:
            log += [shown(c), c.wait(0.001), c._is_owned()]
    lock = mod.Lock()
    log += [attempt(lock.acquire, False, 0.5), attempt(lock.acquire, True, -3),
            lock.acquire(True, 0), lock.acquire(True, 0), lock.acquire(timeout=0.001)]
    lock.release()
    return log


def barriers(mod):
    log = []
    calls = []
    bar = mod.Barrier(1, action=lambda: calls.append("action"))
    log += [shown(bar), bar.wait(), bar.wait(0.5), calls, bar.parties, bar.n_waiting,
            bar.broken]
    bar.abort()
    log += [shown(bar), bar.broken, attempt(bar.wait)]
    bar.reset()
    log += [shown(bar), bar.broken, bar.wait()]
    failing = mod.Barrier(1, action=lambda: 1 / 0)
    log += [attempt(failing.wait), failing.broken, attempt(failing.wait)]
    log.append(shown(mod.Barrier(0)))
    zero_wait = mod.Barrier(2, timeout=0)
    log += [attempt(zero_wait.wait), zero_wait.broken]
    return log


def threads_and_hooks(mod):
    log = []
    t = mod.Thread(target=len, name="x", daemon=True)
    log += [shown(t), attempt(t.join), t.is_alive(), t.native_id, t.ident]
    log += [attempt(setattr, mod.Thread(), "daemon", "yes")]

    class Bare(mod.Thread):
        def __init__(self):
            pass

    log += [attempt(Bare().start), attempt(Bare().join), attempt(setattr, Bare(), "daemon", 1)]
    timer = mod.Timer(1, print)
    log += [plain(timer.name), timer.args, timer.kwargs, timer.daemon]
    args = mod.ExceptHookArgs([ValueError, ValueError("v"), None, None])
    log += [args.exc_type, str(args.exc_value), args.exc_traceback, args.thread,
            isinstance(args, tuple), len(args)]
    import io
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        mod.excepthook(mod.ExceptHookArgs([SystemExit, SystemExit(1), None, t]))
        silent = sys.stderr.getvalue()
        try:
            raise KeyError("k")
        except KeyError as exc:
            mod.excepthook(mod.ExceptHookArgs([KeyError, exc, exc.__traceback__, t]))
        report = sys.stderr.getvalue().splitlines()
    finally:
        sys.stderr = saved
    log += [silent, report[0], report[-1]]
    log += [mod.get_ident() == threading.get_ident(), mod.stack_size(), mod.gettrace(),
            mod.getprofile()]
    return log


def locals_(mod):
    log = []
    loc = mod.local()
    loc.a = 1
    log += [loc.a, loc.__dict__, attempt(getattr, loc, "b"), attempt(delattr, loc, "b"),
            attempt(setattr, loc, "__dict__", {}), attempt(mod.local, 1),
            attempt(mod.local, x=1)]
    del loc.a
    log += [loc.__dict__, hasattr(loc, "a")]

    class Sub(mod.local):
        kind = "class"

        def __init__(self, n):
            self.n = n

    sub = Sub(3)
    log += [sub.n, sub.kind, sub.__dict__, attempt(getattr, sub, "missing")]
    sub.kind = "mine"
    log += [sub.kind, Sub.kind]
    return log


same("threading reprs and errors", lambda: reprs_and_errors(ts_threading),
     lambda: reprs_and_errors(threading))
same("threading barriers", lambda: barriers(ts_threading), lambda: barriers(threading))
same("threading threads and hooks", lambda: threads_and_hooks(ts_threading),
     lambda: threads_and_hooks(threading))
same("threading locals", lambda: locals_(ts_threading), lambda: locals_(threading))
