import tracemalloc
from compare import load, same, same_output

ts = load("tracemalloc")

# The functions' answers and argument errors, tracing or not (our module under CPython
# has no engine figures, so the figures themselves are checked on the engine below).
plain = ["is_tracing", "stop", "clear_traces", "reset_peak", "get_traceback_limit"]


def states(mod):
    out = [mod.is_tracing(), mod.get_traceback_limit(), mod.get_traced_memory()]
    mod.clear_traces()
    mod.reset_peak()
    out.append(mod.get_object_traceback(object()))
    mod.start()
    out += [mod.is_tracing(), mod.get_traceback_limit()]
    mod.start(7)                 # already tracing: the limit stays
    out.append(mod.get_traceback_limit())
    mod.stop()
    mod.stop()
    out += [mod.is_tracing(), mod.get_traced_memory(), mod.get_traceback_limit()]
    mod.start(7)
    out.append(mod.get_traceback_limit())
    mod.stop()
    out.append(mod.get_traceback_limit())
    mod.start()
    mod.stop()
    return out


same("states", lambda: states(ts), lambda: states(tracemalloc))
for name in plain + ["get_traced_memory", "get_tracemalloc_memory"]:
    same(f"{name}(1)", lambda: getattr(ts, name)(1), lambda: getattr(tracemalloc, name)(1))
    same(f"{name}(x=1)", lambda: getattr(ts, name)(x=1), lambda: getattr(tracemalloc, name)(x=1))


class Index:
    def __index__(self):
        return 3


for arg in (0, 1, 65535, 65536, -1, 2 ** 31, 2 ** 40, -2 ** 70, "x", 1.0, None, True, Index()):
    def run(mod, arg=arg):
        try:
            mod.start(arg)
            return mod.get_traceback_limit()
        finally:
            mod.stop()
    same(f"start({arg!r})", lambda: run(ts), lambda: run(tracemalloc))
same("start(1, 2)", lambda: ts.start(1, 2), lambda: tracemalloc.start(1, 2))
same("start(nframe=2)", lambda: ts.start(nframe=2), lambda: tracemalloc.start(nframe=2))
same("take_snapshot not tracing", lambda: ts.take_snapshot(), lambda: tracemalloc.take_snapshot())
same("take_snapshot(1)", lambda: ts.take_snapshot(1), lambda: tracemalloc.take_snapshot(1))

# Frame and Traceback, which get_object_traceback returns.
places = [("a.py", 3), ("b.py", 10), ("a.py", 1)]
for mod_pair in ((ts, tracemalloc),):
    for p in places:
        same(f"Frame {p}", lambda: (repr(ts.Frame(p)), str(ts.Frame(p)), ts.Frame(p).filename,
                                    ts.Frame(p).lineno, ts.Frame(p) == ts.Frame(p)),
             lambda: (repr(tracemalloc.Frame(p)), str(tracemalloc.Frame(p)),
                      tracemalloc.Frame(p).filename, tracemalloc.Frame(p).lineno,
                      tracemalloc.Frame(p) == tracemalloc.Frame(p)))
    same("Frame order", lambda: sorted(str(ts.Frame(p)) for p in sorted(places)),
         lambda: sorted(str(tracemalloc.Frame(p)) for p in sorted(places)))


def traceback_views(mod, frames, total=None):
    tb = mod.Traceback(frames, total) if total is not None else mod.Traceback(frames)
    out = [repr(tb), str(tb), len(tb), [repr(f) for f in tb], repr(tb[0]), repr(tb[-1]),
           [repr(f) for f in tb[1:]], tb.total_nframe, tb == mod.Traceback(frames)]
    for limit in (None, 0, 1, 2, -1, -2, 5):
        for recent in (False, True):
            out.append(tb.format(limit, recent))
    return out


for frames in ([("x.py", 9)], places):
    same(f"Traceback {frames}", lambda: traceback_views(ts, frames),
         lambda: traceback_views(tracemalloc, frames))
same("Traceback total_nframe", lambda: traceback_views(ts, places, 7),
     lambda: traceback_views(tracemalloc, places, 7))

# The figures on the engine: the relations CPython's also satisfy.
same_output("tracemalloc_engine", """import tracemalloc, asyncio
print(tracemalloc.get_traced_memory(), tracemalloc.is_tracing())
tracemalloc.start()
start_current, start_peak = tracemalloc.get_traced_memory()
print(start_current <= start_peak, start_current < 20000)
big = list(range(200000))
current, peak = tracemalloc.get_traced_memory()
print(current > 1000000, current <= peak)
del big
after, peak2 = tracemalloc.get_traced_memory()
print(after < current - 1000000, peak2 >= current)
tracemalloc.reset_peak()
c, p = tracemalloc.get_traced_memory()
print(c <= p, p < peak2 - 1000000)
tracemalloc.clear_traces()
c, p = tracemalloc.get_traced_memory()
print(c < 10000, p < 10000)
async def job():
    pass
coro = job()
tb = tracemalloc.get_object_traceback(coro)
print(type(tb).__name__, len(tb), tb[0].lineno, tb.format()[1].strip())
coro.close()
print(tracemalloc.get_tracemalloc_memory() >= 0)
tracemalloc.stop()
print(tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(coro))
""")
