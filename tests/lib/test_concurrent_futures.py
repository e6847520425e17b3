"""concurrent.futures: our package against CPython's where one thread can drive it: a
Future through seeded random sequences of operations (states, results, exceptions,
callbacks, reprs and the errors), wait() and as_completed() over futures that are
already settled, Executor.map on an executor that runs each call at once, the
exceptions and the module's names. Waits across threads are tested as programs
(tests/programs/threads and rewrite7, through the oracle's thread rule)."""
import concurrent.futures as cf
import importlib.util
import logging
import os
import random
import re
import sys
from compare import ROOT, same


def load_ours():
    # Our package is one file; CPython's threading and queue serve it here.
    path = os.path.join(ROOT, "runtime", "lib", "concurrent", "futures", "__init__.py")
    spec = importlib.util.spec_from_file_location("ts_concurrent_futures", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["ts_concurrent_futures"] = module
    spec.loader.exec_module(module)
    return module


ts = load_ours()
# Both packages log "Future ... in unexpected state" and failing callbacks: keep that
# off the test's output while it runs.
quiet = logging.NullHandler()
futures_logger = logging.getLogger("concurrent.futures")
futures_logger.addHandler(quiet)
futures_logger.propagate = False


def plain(text):
    return re.sub(r"0x[0-9a-f]+", "ADDR", text)


def future_script(mod, seed):
    rng = random.Random(seed)
    f = mod.Future()
    log = []
    f.add_done_callback(lambda fut: log.append(("callback", fut.done(), fut.cancelled())))
    for _ in range(12):
        op = rng.choice(["cancel", "running", "result", "exception", "exception_set",
                         "callback", "flags", "repr", "result0", "exception0"])
        try:
            if op == "cancel":
                log.append(("cancel", f.cancel()))
            elif op == "running":
                log.append(("running", f.set_running_or_notify_cancel()))
            elif op == "result":
                f.set_result(rng.choice([None, 0, "x", [1]]))
                log.append(("set_result",))
            elif op == "exception_set":
                f.set_exception(rng.choice([ValueError("v"), KeyError("k")]))
                log.append(("set_exception",))
            elif op == "callback":
                f.add_done_callback(lambda fut: log.append(("late", fut.done())))
            elif op == "flags":
                log.append(("flags", f.running(), f.done(), f.cancelled()))
            elif op == "repr":
                log.append(("repr", plain(repr(f))))
            elif op == "result0":
                log.append(("result", repr(f.result(timeout=0))))
            elif op == "exception0":
                log.append(("exception", repr(f.exception(timeout=0))))
            else:
                log.append(("exception", repr(f.exception(timeout=0.001))))
        except Exception as e:
            log.append((op, type(e).__name__, plain(str(e))))
    return log


for seed in range(40):
    same(f"futures Future script {seed}", lambda: future_script(ts, seed),
         lambda: future_script(cf, seed))


def settled(mod, kinds):
    """Futures in the given states: r(esult), e(xception), c(ancelled and notified),
    x (cancelled, not notified), p(ending)."""
    out = []
    for kind in kinds:
        f = mod.Future()
        if kind == "r":
            f.set_result(len(out))
        elif kind == "e":
            f.set_exception(ValueError(len(out)))
        elif kind in "cx":
            f.cancel()
            if kind == "c":
                f.set_running_or_notify_cancel()
        out.append(f)
    return out


def wait_script(mod, kinds, return_when):
    fs = settled(mod, kinds)
    res = mod.wait(fs, timeout=0, return_when=return_when)
    index = {f: i for i, f in enumerate(fs)}
    return (type(res).__name__, res._fields, sorted(index[f] for f in res.done),
            sorted(index[f] for f in res.not_done))


for kinds in ("", "r", "e", "c", "x", "p", "rp", "ep", "cp", "rrp", "rep", "xpp", "rec"):
    for when in ("FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "SOMETIMES"):
        same(f"futures wait {kinds!r} {when}", lambda: wait_script(ts, kinds, when),
             lambda: wait_script(cf, kinds, when))


def as_completed_script(mod, kinds, timeout):
    fs = settled(mod, kinds)
    index = {f: i for i, f in enumerate(fs)}
    got = []
    try:
        for f in mod.as_completed(fs + fs[:1], timeout=timeout):
            got.append(index[f])
    except TimeoutError as e:
        got.append(str(e))
    return sorted(got, key=str)


for kinds in ("", "r", "rec", "rp", "xpp", "ecp"):
    same(f"futures as_completed {kinds!r}", lambda: as_completed_script(ts, kinds, -1),
         lambda: as_completed_script(cf, kinds, -1))
same("futures as_completed is lazy",
     lambda: type(ts.as_completed([ts.Future()], timeout=-1)).__name__,
     lambda: type(cf.as_completed([cf.Future()], timeout=-1)).__name__)


def inline_executor(mod):
    class Inline(mod.Executor):
        """Runs each call in submit()."""
        def submit(self, fn, /, *args, **kwargs):
            f = mod.Future()
            f.set_running_or_notify_cancel()
            try:
                f.set_result(fn(*args, **kwargs))
            except BaseException as e:
                f.set_exception(e)
            return f
    return Inline()


def map_script(mod, timeout):
    ex = inline_executor(mod)
    out = [list(ex.map(pow, [2, 3, 4], [5, 6], timeout=timeout, chunksize=3))]
    it = ex.map(lambda x: 10 // x, [5, 0, 2])
    out.append(next(it))
    try:
        next(it)
    except ZeroDivisionError as e:
        out.append(str(e))
    out.append(list(it))
    with ex as entered:
        out.append(entered is ex)
    out.append(ex.shutdown(cancel_futures=True))
    return out


for timeout in (None, 0, 5):
    same(f"futures map timeout={timeout}", lambda: map_script(ts, timeout),
         lambda: map_script(cf, timeout))


def errors(mod):
    out = []
    for name in ("Future", "CancelledError", "TimeoutError", "InvalidStateError",
                 "BrokenExecutor"):
        cls = getattr(mod, name)
        out.append([c.__name__ for c in cls.__mro__])
    out.append(mod.TimeoutError is TimeoutError)
    out.append((mod.FIRST_COMPLETED, mod.FIRST_EXCEPTION, mod.ALL_COMPLETED))
    out.append(sorted(mod.__all__))
    alias = mod.Future[int]
    out.append((type(alias).__name__, alias.__args__, alias.__origin__.__name__))
    return out


same("futures names and classes", lambda: errors(ts), lambda: errors(cf))


def pool_checks(mod):
    out = []
    for args in ((0,), (-3,), (None, "", 5)):
        try:
            mod.ThreadPoolExecutor(*args)
            out.append("ok")
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    ex = mod.ThreadPoolExecutor(2, "checks")
    out.append(ex.submit(divmod, 7, 2).result())
    out.append(sorted(ex.map(abs, [-1, -2, 3])))
    ex.shutdown()
    try:
        ex.submit(print)
    except RuntimeError as e:
        out.append(str(e))
    return out


same("futures ThreadPoolExecutor arguments and shutdown", lambda: pool_checks(ts),
     lambda: pool_checks(cf))

futures_logger.removeHandler(quiet)
futures_logger.propagate = True
