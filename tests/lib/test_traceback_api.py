"""The traceback module's Python-level API (runtime/lib/_traceback_api.py over the C
module runtime/py/mod_traceback.c): FrameSummary, StackSummary, TracebackException,
extract_*/format_*/print_*/walk_* and clear_frames, each program run on our engine and
on python3 with every printed line compared."""
import compare

COMMON = r'''
import sys, traceback, io

def show(label, value):
    print(f"--- {label}")
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
        print(repr(value))
        print("".join(value), end="")
    else:
        print(value)

def catch(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        return e
    raise AssertionError("no exception")

def div(a, b):
    return a / b

def index(seq, i):
    return seq[i] + 1

def attr(obj):
    return obj.missing_attribute

def calls(n):
    if n == 0:
        return div(1, 0)
    return calls(n - 1)

def chained():
    try:
        index([], 3)
    except IndexError as e:
        raise ValueError("converted") from e

def implicit():
    try:
        div(1, 0)
    except ZeroDivisionError:
        attr(None)

def suppressed():
    try:
        div(1, 0)
    except ZeroDivisionError:
        raise KeyError("k") from None

def with_locals(a, b="text"):
    numbers = [1, 2, 3]
    total = sum(numbers)
    def inner():
        return total
    value = inner()
    del inner  # its repr would show an address
    return value / 0

class Custom(Exception):
    def __str__(self):
        return "custom text"

class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")

def raise_custom():
    raise Custom()

EXCEPTIONS = {
    "div": catch(div, 1, 0),
    "index": catch(index, [1], 5),
    "attr": catch(attr, 5),
    "calls": catch(calls, 12),
    "chained": catch(chained),
    "implicit": catch(implicit),
    "suppressed": catch(suppressed),
    "locals": catch(with_locals, 4),
    "custom": catch(raise_custom),
    "badstr": catch(lambda: (_ for _ in ()).throw(BadStr())),
    "empty": catch(lambda: (_ for _ in ()).throw(ValueError())),
    "multiline": catch(lambda: (_ for _ in ()).throw(ValueError("one\ntwo"))),
}
'''

EXTRACT = COMMON + r'''
for name, exc in EXCEPTIONS.items():
    tb = exc.__traceback__
    show(f"{name} format_tb", traceback.format_tb(tb))
    for limit in (None, 0, 1, 2, -1, -2, 100):
        show(f"{name} format_tb limit={limit}", traceback.format_tb(tb, limit=limit))
    summary = traceback.extract_tb(tb)
    show(f"{name} extract_tb", summary)
    show(f"{name} extract_tb tuples", [tuple(f) for f in summary])
    show(f"{name} extract_tb fields", [(f.filename == __file__, f.lineno, f.name, f.line, len(f))
                                        for f in summary])
    show(f"{name} extract_tb limit", [f.name for f in traceback.extract_tb(tb, limit=-3)])
    show(f"{name} type", type(summary).__name__)
    show(f"{name} format_list", traceback.format_list(summary))
    show(f"{name} walk_tb", [(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
    out = io.StringIO()
    traceback.print_tb(tb, file=out)
    show(f"{name} print_tb", out.getvalue())
    out = io.StringIO()
    traceback.print_tb(tb, limit=1, file=out)
    show(f"{name} print_tb limit", out.getvalue())
    out = io.StringIO()
    traceback.print_list(summary, file=out)
    show(f"{name} print_list", out.getvalue())
    show(f"{name} format_exception_only", traceback.format_exception_only(exc))
    show(f"{name} format_exception_only old form", traceback.format_exception_only(type(exc), exc))
    show(f"{name} format_exception", traceback.format_exception(exc))
    show(f"{name} format_exception no chain", traceback.format_exception(exc, chain=False))
    show(f"{name} format_exception limit", traceback.format_exception(exc, limit=1))
    show(f"{name} format_exception 3 args", traceback.format_exception(type(exc), exc, exc.__traceback__))
    out = io.StringIO()
    traceback.print_exception(exc, file=out, chain=False)
    show(f"{name} print_exception no chain", out.getvalue())
show("none", traceback.format_exception_only(None))
show("none 2", traceback.format_exception_only(ValueError, None))
sys.tracebacklimit = 1
show("tracebacklimit", traceback.format_tb(EXCEPTIONS["calls"].__traceback__))
sys.tracebacklimit = -5
show("tracebacklimit negative", traceback.format_tb(EXCEPTIONS["calls"].__traceback__))
del sys.tracebacklimit
'''

SUMMARIES = COMMON + r'''
fs = traceback.FrameSummary("file.py", 3, "func", line="  x = 1  ")
show("fs", (repr(fs), fs.line, fs.filename, fs.lineno, fs.name, fs.locals, len(fs), list(fs), fs[0], fs[-1]))
show("fs eq", (fs == ("file.py", 3, "func", "x = 1"), fs == traceback.FrameSummary("file.py", 3, "func", line="x = 1"),
               fs == 3, fs != ("a",), fs.end_lineno, fs.colno, fs.end_colno))
nolookup = traceback.FrameSummary(__file__, 2, "mod", lookup_line=False)
show("fs lookup", (nolookup.line, nolookup.filename == __file__))
missing = traceback.FrameSummary("/no/such/file.py", 1, "x")
show("fs missing", (missing.line, repr(missing.line)))
withlocals = traceback.FrameSummary("f.py", 1, "g", locals={"b": [1], "a": "s"}, line="pass")
show("fs locals", withlocals.locals)
try:
    hash(fs)
except TypeError as e:
    show("fs hash", str(e))
st = traceback.StackSummary.from_list([("a.py", 1, "f", "line one"), ("b.py", 2, "g", None), fs, withlocals])
show("from_list", (type(st).__name__, len(st), [type(x).__name__ for x in st], st[1].line))
show("format", st.format())
show("format_frame_summary", st.format_frame_summary(fs))
rep = traceback.StackSummary.from_list([("r.py", 7, "rec", "rec()")] * 6 + [("r.py", 8, "end", "x")] + [("r.py", 7, "rec", "rec()")] * 4)
show("repeats", rep.format())
rep2 = traceback.StackSummary.from_list([("r.py", 7, "rec", "rec()")] * 4)
show("repeats one", rep2.format())
empty = traceback.StackSummary()
show("empty", (empty.format(), traceback.format_list([])))
class Quiet(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == "g":
            return None
        return f"[{frame_summary.name}]\n"
show("subclass", Quiet.from_list([("a.py", 1, "f", ""), ("b.py", 2, "g", "")]).format())
def gen_frames():
    # Our frames are snapshots: f_lineno is the line where sys._getframe was called.
    return traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=2)
show("extract", [(f.name, f.lineno) for f in gen_frames()])
def capture():
    # Inside the handler (ours let go of a stored exception's variables when its handler
    # ends), from a catching frame without variables (ours shows none for a frame that
    # is still running).
    try:
        with_locals(4)
    except ZeroDivisionError:
        st = traceback.StackSummary.extract(traceback.walk_tb(sys.exc_info()[2]), capture_locals=True)
        return [(f.name, f.locals and sorted(f.locals)) for f in st], st.format()
show("capture_locals", capture())
def capture_te():
    try:
        with_locals(5, b=[1, "x"])
    except ZeroDivisionError:
        return list(traceback.TracebackException(*sys.exc_info(), capture_locals=True).format())
show("capture_locals te", capture_te())
exc = EXCEPTIONS["locals"]
st = traceback.StackSummary.extract(traceback.walk_tb(exc.__traceback__), lookup_lines=False)
show("lookup_lines False", [(f.name, f.line) for f in st])
def level3():
    return traceback.extract_stack()
def level2():
    return level3()
show("extract_stack", [(f.name, f.lineno, f.line) for f in level2()])
def limited():
    return traceback.extract_stack(limit=2)
show("extract_stack limit", [(f.name, f.lineno) for f in limited()])
def formatted():
    return traceback.format_stack()
show("format_stack", formatted())
def printed():
    traceback.print_stack(file=sys.stdout)
    traceback.print_stack(limit=1, file=sys.stdout)
    traceback.print_stack(sys._getframe(1), file=sys.stdout)
printed()
def from_frame():
    return traceback.format_stack(sys._getframe(), limit=1)
show("format_stack frame", from_frame())
def walker():
    return [(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())]
show("walk_stack", walker())
traceback.clear_frames(EXCEPTIONS["div"].__traceback__)
show("clear_frames", "done")
tbf = EXCEPTIONS["locals"].__traceback__.tb_next.tb_frame
show("tb frame", (tbf.f_code.co_name, tbf.f_lineno, tbf.f_globals is globals()))
def frame_in_handler():
    try:
        with_locals(1)
    except ZeroDivisionError:
        inner = sys.exc_info()[2].tb_next.tb_frame
        return inner.f_code.co_name, inner.f_lineno, sorted(inner.f_locals), inner.f_locals["a"]
show("tb frame in handler", frame_in_handler())
try:
    div(1, 0)
except ZeroDivisionError as e:
    top = e.__traceback__
    show("module frame", (top.tb_frame.f_code.co_name, top.tb_lineno, top.tb_frame.f_back is None,
                          top.tb_frame.f_locals is globals(), top.tb_next.tb_frame.f_locals))
f = sys._getframe()
show("getframe", (f.f_code.co_name, f.f_back, f.f_locals is globals(), f.f_globals is globals()))
def callee():
    return sys._getframe(1), sys._getframe().f_locals
outer_frame, own_locals = callee()
show("getframe 1", (outer_frame.f_code.co_name, own_locals))
def a1():
    return b1()
def b1():
    return c1()
def c1():
    return 1 / 0
def f_back_probe():
    marker = "probe"
    try:
        a1()
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        inner = tb
        while inner.tb_next is not None:
            inner = inner.tb_next
        chain, f = [], inner.tb_frame
        while f is not None:
            # (our frames are snapshots: variables bound after tb_frame was read are not
            # in f_locals; and the module's dunder names differ, so only two are shown)
            chain.append((f.f_code.co_name, f.f_globals is globals(),
                          sorted(f.f_locals) if f.f_code.co_name in ("a1", "b1", "c1") else
                          ("marker" in f.f_locals, "tb" in f.f_locals, "a1" in f.f_locals)))
            f = f.f_back
        outer_lines = [fr.f_lineno for fr, _ in traceback.walk_stack(inner.tb_frame)][:3]
        return chain, outer_lines, [s.name for s in traceback.extract_stack(inner.tb_frame)]
show("f_back chain", f_back_probe())
show("module names", (traceback.StackSummary, traceback.FrameSummary, traceback.TracebackException,
                      traceback.format_tb.__module__, traceback.walk_stack.__name__,
                      sorted(traceback.__all__)))
star = {}
exec("from traceback import *", star)
show("star import", sorted(k for k in star if not k.startswith("_")))
show("fs eq ignores line", traceback.FrameSummary("a.py", 1, "f", line="x") == traceback.FrameSummary("a.py", 1, "f", line="y"))
def args_frame(x, y=2, *rest, **kw):
    z = x + y
    return sys._getframe().f_locals
show("f_locals", args_frame(1, 3, 4, k=5))
'''

TBEXC = COMMON + r'''
for name, exc in EXCEPTIONS.items():
    te = traceback.TracebackException.from_exception(exc)
    show(f"{name} te.format", list(te.format()))
    show(f"{name} te.format equals", "".join(te.format()) == "".join(traceback.format_exception(exc)))
    show(f"{name} te no chain", list(te.format(chain=False)))
    show(f"{name} te only", list(te.format_exception_only()))
    show(f"{name} te fields", (te.exc_type, str(te), len(te.stack), te.__suppress_context__,
                               te.__cause__ is None, te.__context__ is None, te.exceptions,
                               te.__notes__, te.stack[-1].name if te.stack else None))
    if te.__cause__ is not None:
        show(f"{name} cause", (te.__cause__.exc_type, str(te.__cause__), list(te.__cause__.format())))
    if te.__context__ is not None:
        show(f"{name} context", (te.__context__.exc_type, str(te.__context__)))
    te2 = traceback.TracebackException(type(exc), exc, exc.__traceback__, limit=2)
    show(f"{name} te limit", list(te2.format()))
    show(f"{name} te eq", (te == traceback.TracebackException.from_exception(exc), te == te2, te == 5))
    te4 = traceback.TracebackException.from_exception(exc, lookup_lines=False)
    show(f"{name} te lazy lines", list(te4.format()))
    te5 = traceback.TracebackException.from_exception(exc, compact=True)
    show(f"{name} te compact", (list(te5.format()), te5.__context__ is None))
    out = io.StringIO()
    te.print(file=out)
    show(f"{name} te print", out.getvalue())
    out = io.StringIO()
    te.print(file=out, chain=False)
    show(f"{name} te print no chain", out.getvalue())

noted = ValueError("with notes")
noted.add_note("first note")
noted.add_note("second\nmultiline")
show("notes", list(traceback.TracebackException.from_exception(noted).format()))
show("notes only", traceback.format_exception_only(noted))
odd = ValueError("odd notes")
odd.__notes__ = "not a list"
show("odd notes", traceback.format_exception_only(odd))
odd.__notes__ = [1, None]
show("odd notes 2", traceback.format_exception_only(odd))
for src in ["x = (1,\n", "def f(:\n  pass", "a = 1 +\n", "  if x\n", "print 'x'", "f(**)", "x = $"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        te = traceback.TracebackException.from_exception(e)
        show(f"syntax {src!r}", (list(te.format_exception_only()), te.filename, te.lineno,
                                 te.end_lineno, te.offset, te.end_offset, te.msg))
        show(f"syntax {src!r} module", traceback.format_exception_only(e))
e = SyntaxError("plain message")
show("bare SyntaxError", traceback.format_exception_only(e))
e = SyntaxError("msg", ("file.py", 3, 2, "  bad code here\n", 3, 6))
show("SyntaxError args", traceback.format_exception_only(e))
e = SyntaxError("msg", (None, None, None, None))
show("SyntaxError nones", traceback.format_exception_only(e))
e = IndentationError("unexpected indent", ("m.py", 1, 3, "  x\n"))
show("IndentationError", traceback.format_exception_only(e))

class Mod:
    class Nested(Exception):
        pass
show("qualname", traceback.format_exception_only(Mod.Nested("n")))
class Elsewhere(Exception):
    pass
Elsewhere.__module__ = "pkg.mod"
show("module-qualified", traceback.format_exception_only(Elsewhere("x")))
Elsewhere.__module__ = 3
show("module not str", traceback.format_exception_only(Elsewhere("y")))
import json
try:
    json.loads("{")
except Exception as e:
    show("json error", traceback.format_exception_only(e)[0].split(":", 1)[1])
te = traceback.TracebackException(None, None, None)
show("none te", (list(te.format()), list(te.format_exception_only()), str(te), te.stack))
try:
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
except ExceptionGroup as e:
    te = traceback.TracebackException.from_exception(e)
    show("group", list(te.format()))
    show("group parts", (len(te.exceptions), [x.exc_type.__name__ for x in te.exceptions], str(te)))
    show("group only", list(te.format_exception_only()))
try:
    try:
        raise ExceptionGroup("inner", [KeyError(1)])
    except ExceptionGroup as g:
        raise RuntimeError("after group") from g
except RuntimeError as e:
    show("group cause", list(traceback.TracebackException.from_exception(e).format()))
a = ValueError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
show("cycle", list(traceback.TracebackException.from_exception(a).format()))
def handler():
    try:
        div(1, 0)
    except ZeroDivisionError:
        return traceback.format_exc(), traceback.format_exc(limit=1), traceback.format_exc(chain=False)
show("format_exc", handler())
try:
    chained()
except ValueError:
    out = io.StringIO()
    traceback.print_exc(file=out)
    traceback.print_exc(limit=-1, file=out, chain=False)
    show("print_exc", out.getvalue())
for name in ("TracebackException", "StackSummary", "FrameSummary", "walk_tb", "print_last",
             "format_exception_only", "print_stack", "extract_stack"):
    show(name, callable(getattr(traceback, name)))
try:
    traceback.print_last()
except ValueError as e:
    show("print_last", str(e))
try:
    traceback.nonexistent
except AttributeError as e:
    show("missing name", str(e))
'''

compare.same_output("traceback_extract", EXTRACT)
compare.same_output("traceback_summaries", SUMMARIES)
compare.same_output("traceback_exception", TBEXC)
