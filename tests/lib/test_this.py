import contextlib
import io
import sys
from compare import load, same, same_output


def imported(loader):
    """What importing the module prints, and the module."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        module = loader()
    return out.getvalue(), module


def cpython_this():
    sys.modules.pop("this", None)
    import this
    return this


ours_text, ts = imported(lambda: load("this"))
their_text, this = imported(cpython_this)
same("printed Zen", lambda: ours_text, lambda: their_text)
same("this.s", lambda: ts.s, lambda: this.s)
same("this.d", lambda: list(ts.d.items()), lambda: list(this.d.items()))
same("this.c, this.i", lambda: (ts.c, ts.i), lambda: (this.c, this.i))
same("names", lambda: sorted(n for n in vars(ts) if not n.startswith("__")),
     lambda: sorted(n for n in vars(this) if not n.startswith("__")))
same("doc", lambda: ts.__doc__, lambda: this.__doc__)
same("decoded", lambda: "".join(ts.d.get(ch, ch) for ch in ts.s),
     lambda: "".join(this.d.get(ch, ch) for ch in this.s))

# On the engine: printed once, on the first import only.
same_output("this_engine", """import this
import this
from this import s, d
print(len(s), len(d), s.splitlines()[0], this.c, this.i)
""")
