"""Coroutines never awaited, reported as CPython 3.11 reports them: each program runs on
our native engine and on python3 (base name, its folder as working directory) and the
whole of stderr is compared, with object addresses masked. At exit CPython's warnings
registry and filters still apply ("sys:1", once per message under the default filter);
during the run the line that was running is named (the caller's, for the locals of a
function that returned)."""
import os
import re
import subprocess
import sys
import tempfile

from compare import ENGINE, same

PROGRAMS = {
    "exit_default": """
async def f(): pass
async def g(): pass
keep = [f(), f(), g(), f()]
a, b = g(), f()
""",
    "exit_default_with_warnings": """
import warnings
async def f(): pass
async def g(): pass
keep = [f(), f(), g()]
""",
    "exit_always": """
import warnings
warnings.simplefilter("always")
async def f(): pass
keep = [f(), f()]
""",
    "exit_once_after_run": """
import warnings
warnings.simplefilter("once")
async def f(): pass
def drop():
    f()
drop()
keep = [f(), f()]
""",
    "exit_module": """
import warnings
warnings.simplefilter("module")
async def f(): pass
async def g(): pass
keep = [f(), g(), f()]
""",
    "exit_ignore": """
import warnings
warnings.simplefilter("ignore", RuntimeWarning)
async def f(): pass
keep = [f(), f()]
f()
""",
    "exit_error": """
import warnings
warnings.simplefilter("error")
async def f(): pass
keep = [f(), f()]
""",
    "exit_showwarning_replaced": """
import warnings
warnings.showwarning = lambda *a, **k: print("shown", a[2:4])
async def f(): pass
keep = [f()]
def drop():
    f()
drop()
""",
    "returned_locals": """
async def f(): pass
def make():
    made = [f(), f()]
    return len(made)
make()
make()
for _ in range(3):
    make()
""",
    "uncaught_exception": """
async def f(): pass
async def g(): pass
held = f()
def fail():
    pending = [f(), g()]
    raise KeyError("x")
fail()
""",
    "uncaught_after_run_warning": """
async def f(): pass
def drop():
    f()
drop()
def fail():
    pending = [f()]
    raise KeyError("x")
fail()
""",
    "handled_exception": """
async def f(): pass
def boom():
    keep = [f()]
    raise ValueError("x")
try:
    boom()
except ValueError:
    x = 1
    y = 2
try:
    boom()
except ValueError as e:
    pass
""",
    "tracing_at_exit": """
import tracemalloc
tracemalloc.start()
async def f(): pass
keep = [f(), f()]
""",
}


def run(exe, path):
    r = subprocess.run([exe, os.path.basename(path)], cwd=os.path.dirname(path),
                       capture_output=True, encoding="utf-8", timeout=60)
    text = (r.stdout + "|" + r.stderr).replace(os.path.dirname(path) + os.sep, "")
    return r.returncode, re.sub(r"0x[0-9a-f]+", "0xADDR", text)


if not os.path.exists(ENGINE):
    print("test_never_awaited: skipped, build/rel/taskscope is not built")
else:
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in PROGRAMS.items():
            path = os.path.join(tmp, name + ".py")
            with open(path, "w") as f:
                f.write(source)
            same(f"never awaited {name}", lambda: run(ENGINE, path),
                 lambda: run(sys.executable, path))
