import faulthandler
import io
import os
import re
import sys
from compare import load, same, same_output

ts = load("faulthandler")


def captured(mod, action):
    """What action(file) writes: ours through sys.__stdout__ (given file=1), CPython's
    through a pipe's descriptor. Thread ids are masked (they differ per process). The
    action is called from one line for both, so the dumped callers' lines agree."""
    ours = mod is ts
    if ours:
        saved, sys.__stdout__ = sys.__stdout__, io.StringIO()
        fd = 1
    else:
        read_end, fd = os.pipe()
    try:
        action(fd)
    finally:
        if ours:
            text, sys.__stdout__ = sys.__stdout__.getvalue(), saved
        else:
            os.close(fd)
            with os.fdopen(read_end) as f:
                text = f.read()
    return re.sub(r"0x[0-9a-f]{16}", "0xTHREAD", text)


def outer(mod, fd, **kw):
    return inner(mod, fd, **kw)


def inner(mod, fd, **kw):
    mod.dump_traceback(fd, **kw)


# Each pair of calls sits on one line, so the callers' lines are the same for both.
for kw in ({}, {"all_threads": True}, {"all_threads": False}, {"all_threads": 0}):
    same(f"dump {kw}", lambda: captured(ts, lambda fd: outer(ts, fd, **kw)), lambda: captured(faulthandler, lambda fd: outer(faulthandler, fd, **kw)))

# Names faulthandler escapes or cuts, and stacks deeper than it prints.
source = """
def f\u00fcnf(mod, fd):
    mod.dump_traceback(fd, False)

def {long}(mod, fd):
    return f\u00fcnf(mod, fd)

def deep(mod, fd, n):
    if n:
        return deep(mod, fd, n - 1)
    return {long}(mod, fd)
""".replace("{long}", "g" * 600)
space = {}
exec(compile(source, "d\u00e9j\u00e0\t\U0001F600" + "x" * 520 + ".py", "exec"), space)
deep = space["deep"]
for n in (0, 3, 96, 97, 98, 99, 150):
    same(f"dump depth {n}", lambda: captured(ts, lambda fd: deep(ts, fd, n)), lambda: captured(faulthandler, lambda fd: deep(faulthandler, fd, n)))


def states(mod):
    out = [mod.is_enabled(), mod.disable()]
    mod.enable()
    out += [mod.is_enabled(), mod.enable(None, False), mod.is_enabled(), mod.disable(),
            mod.disable(), mod.is_enabled()]
    out.append(mod.enable(file=2, all_threads=True))
    out.append(mod.disable())
    for signum in (10, 12, 1, 64, 2):
        out.append(mod.register(signum))
        out.append(mod.register(signum, 2, False, True))
        out += [mod.unregister(signum), mod.unregister(signum)]
    out.append(mod.register(signum=15, file=None, chain=1))
    out.append(mod.unregister(15))
    out.append(mod.dump_traceback_later(30))
    out.append(mod.dump_traceback_later(0.5, True, None, False))
    out += [mod.cancel_dump_traceback_later(), mod.cancel_dump_traceback_later()]
    return out


same("states", lambda: states(ts), lambda: states(faulthandler))

# The argument errors of each function, as CPython's C module words them.
calls = [
    ("dump_traceback", (io.StringIO(),), {}), ("dump_traceback", ("x",), {}),
    ("dump_traceback", (-1,), {}), ("dump_traceback", (1.5,), {}),
    ("dump_traceback", (None, 1.5), {}), ("dump_traceback", (None, "yes"), {}),
    ("dump_traceback", (None, 2 ** 40), {}), ("dump_traceback", (None, -2 ** 40), {}),
    ("dump_traceback", (None, 2 ** 70), {}), ("dump_traceback", (1, 1, 1), {}),
    ("dump_traceback", (), {"nope": 1}), ("dump_traceback", (None,), {"file": None}),
    ("enable", (io.StringIO(),), {}), ("enable", (-2,), {}), ("enable", (1, 2, 3), {}),
    ("enable", (), {"foo": 1}), ("enable", (None,), {"file": None}), ("enable", (None, 1.0), {}),
    ("disable", (1,), {}), ("disable", (), {"x": 1}), ("is_enabled", (1,), {}),
    ("is_enabled", (), {"x": 1}), ("cancel_dump_traceback_later", (1,), {}),
    ("cancel_dump_traceback_later", (), {"x": 1}),
    ("dump_traceback_later", (), {}), ("dump_traceback_later", (1,), {"timeout": 1}),
    ("dump_traceback_later", (0,), {}), ("dump_traceback_later", (-1,), {}),
    ("dump_traceback_later", (-0.0,), {}), ("dump_traceback_later", (float("nan"),), {}),
    ("dump_traceback_later", (float("inf"),), {}), ("dump_traceback_later", (1e10,), {}),
    ("dump_traceback_later", (-1e10,), {}), ("dump_traceback_later", (9223372037,), {}),
    ("dump_traceback_later", (2 ** 64,), {}), ("dump_traceback_later", ("x",), {}),
    ("dump_traceback_later", (None,), {}), ("dump_traceback_later", (1, "x"), {}),
    ("dump_traceback_later", (1, False, io.StringIO()), {}),
    ("dump_traceback_later", (1, False, None, 2.5), {}),
    ("dump_traceback_later", (1, True, None, True, 3), {}),
    ("dump_traceback_later", ("x", "y"), {}), ("dump_traceback_later", (1,), {"bad": 2}),
    ("register", (), {}), ("register", (10, 1, 1, 1, 1), {}), ("register", (10,), {"x": 1}),
    ("register", (10.5,), {}), ("register", (2 ** 40,), {}), ("register", ("x",), {}),
    ("register", (10, io.StringIO()), {}), ("register", (10, None, "x"), {}),
    ("unregister", (), {}), ("unregister", (1, 2), {}), ("unregister", (), {"signum": 10}),
    ("unregister", ("x",), {}), ("unregister", (0,), {}), ("unregister", (99,), {}),
] + [("register", (s,), {}) for s in (0, -1, 65, 4, 6, 7, 8, 11)] + \
    [("unregister", (s,), {}) for s in (0, 65, 11, 3)]
for name, args, kwargs in calls:
    def call(mod, name=name, args=args, kwargs=kwargs):
        try:
            return getattr(mod, name)(*args, **kwargs)
        finally:
            mod.cancel_dump_traceback_later()
            mod.disable()
            for s in (10, 15):
                mod.unregister(s)
    same(f"{name}{args}{kwargs}", lambda: call(ts), lambda: call(faulthandler))
same("names", lambda: sorted(n for n in dir(ts) if not n.startswith("_")),
     lambda: sorted(n for n in dir(faulthandler) if not n.startswith("_")))

# On the engine: the frames of a dump from nested calls, a task and a thread (the
# library's own frames differ: only the program's lines are compared).
same_output("faulthandler_engine", """import faulthandler, sys, asyncio, threading, io
def frames():
    buf = io.StringIO()
    saved, sys.stdout = sys.stdout, buf
    try:
        faulthandler.dump_traceback(sys.__stdout__ if False else 1)
    finally:
        sys.stdout = saved
    return buf.getvalue()
def show(all_threads):
    faulthandler.dump_traceback(sys.stdout, all_threads)
def level2():
    show(False)
level2()
print(faulthandler.is_enabled(), faulthandler.enable(), faulthandler.is_enabled(), faulthandler.disable())
try:
    faulthandler.dump_traceback(io.StringIO())
except Exception as e:
    print(type(e).__name__, e)
print(faulthandler.register(10), faulthandler.unregister(10), faulthandler.unregister(10))
print(faulthandler.dump_traceback_later(5), faulthandler.cancel_dump_traceback_later())
""")
