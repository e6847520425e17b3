"""concurrent.futures.Future without threads: states, callbacks, reprs, errors, wait and
as_completed on finished futures, the executors' refusals."""
import concurrent.futures as cf
import re


def show(f):
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(f))


log = []
f = cf.Future()
print(show(f), f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: log.append(("cb1", fut.result())))
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: log.append("cb3"))
print(f.set_running_or_notify_cancel(), show(f), f.running(), f.cancel())
f.set_result([1, 2])
print(show(f), f.result(), f.exception(), f.done(), log)
f.add_done_callback(lambda fut: log.append("late"))
print(log)
for action in (lambda: f.set_result(3), lambda: f.set_exception(ValueError())):
    try:
        action()
    except cf.InvalidStateError as e:
        print("InvalidStateError", re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))

g = cf.Future()
g.set_exception(KeyError("k"))
print(show(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("raised", repr(e))

h = cf.Future()
h.add_done_callback(lambda fut: print("cancel cb", fut.cancelled()))
print(h.cancel(), h.cancel(), show(h), h.cancelled(), h.done())
for call in (h.result, h.exception):
    try:
        call()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))
print(h.set_running_or_notify_cancel(), show(h))
try:
    h.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    h.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError", re.sub(r"0x[0-9a-f]+", "ADDR", str(e)))

n = cf.Future()
n.set_result(None)
print(show(n))
r = cf.Future()
r.set_running_or_notify_cancel()
try:
    r.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError", e)

done = cf.Future()
done.set_result(5)
bad = cf.Future()
bad.set_exception(OSError("x"))
res = cf.wait([done, bad])
print(type(res).__name__, sorted(x.done() for x in res.done), res.not_done, len(res))
print(res == (res.done, res.not_done), isinstance(res, tuple))
print(re.sub(r"0x[0-9a-f]+", "ADDR", repr(cf.wait([done], return_when=cf.FIRST_COMPLETED))))
print(len(cf.wait([done, bad], return_when=cf.FIRST_EXCEPTION).done))
print([x.result() for x in cf.as_completed([done, done])])
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(issubclass(cf.CancelledError, cf._base.Error if hasattr(cf, "_base") else Exception))
print(cf.TimeoutError is TimeoutError, issubclass(cf.BrokenExecutor, RuntimeError))
print(issubclass(cf.InvalidStateError, Exception))
with cf.ThreadPoolExecutor(max_workers=2) as ex:
    print(type(ex).__name__)
try:
    cf.ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError", e)
ex = cf.ThreadPoolExecutor()
ex.shutdown()
try:
    ex.submit(print, 1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cf.Executor().submit(print)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))

