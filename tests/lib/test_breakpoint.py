"""breakpoint() and sys.breakpointhook against CPython 3.11: each program runs on our
native engine and on python3 and stdout, stderr and the exit status are compared. We
have no debugger (runtime/lib/pdb.py cannot be imported), so the default hook's import
of pdb.set_trace fails; CPython's hook then warns 'Ignoring unimportable
$PYTHONBREAKPOINT: "pdb.set_trace"' and returns None, which is what CPython does with
pdb made unimportable (sys.modules["pdb"] = None, set in both runs)."""
import os
import subprocess
import sys
import tempfile

from compare import ENGINE, same

PREFIX = 'import sys\nsys.modules["pdb"] = None\n'
PROGRAMS = {
    "default": "breakpoint()\nprint('after')\nprint(breakpoint(1, k=2))\n",
    "default_in_function": "def f():\n    return breakpoint()\nprint(f(), f())\n",
    "reprs": "print(repr(breakpoint), repr(sys.breakpointhook))\n"
             "print(sys.breakpointhook is sys.__breakpointhook__)\n",
    "error_filter": "import warnings\nwarnings.simplefilter('error')\nbreakpoint()\n",
    "hook_raises": "def h(*a):\n    raise ValueError(a)\nsys.breakpointhook = h\nbreakpoint(5)\n",
    "disabled": "import os\nos.environ['PYTHONBREAKPOINT'] = '0'\nprint(breakpoint())\n",
}


def run(exe, path):
    r = subprocess.run([exe, os.path.basename(path)], cwd=os.path.dirname(path),
                       capture_output=True, encoding="utf-8", timeout=60,
                       env={k: v for k, v in os.environ.items() if k != "PYTHONBREAKPOINT"})
    return r.returncode, (r.stdout + "|" + r.stderr).replace(os.path.dirname(path) + os.sep, "")


if not os.path.exists(ENGINE):
    print("test_breakpoint: skipped, build/rel/taskscope is not built")
else:
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in PROGRAMS.items():
            path = os.path.join(tmp, name + ".py")
            with open(path, "w") as f:
                f.write(PREFIX + source)
            same(f"breakpoint {name}", lambda: run(ENGINE, path),
                 lambda: run(sys.executable, path))
