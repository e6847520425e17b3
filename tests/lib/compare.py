"""Helpers for checking runtime/lib modules against CPython's own modules.

Our modules are plain Python, so CPython can run them too: each tests/lib/test_*.py
loads ours under a private name and compares results (or exception type and message)
with the standard library's on the same inputs. Run: python3 tests/lib/run.py
"""
import importlib.util
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
failures = 0
checks = 0


def load(name, using=()):
    """Our runtime/lib/<name>.py as a fresh module named ts_<name>. Modules named in
    `using` are our versions too while it loads (e.g. textwrap on our re)."""
    path = os.path.join(ROOT, "runtime", "lib", name + ".py")
    spec = importlib.util.spec_from_file_location("ts_" + name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["ts_" + name] = module
    saved = {dep: sys.modules.get(dep) for dep in using}
    try:
        for dep in using:
            sys.modules[dep] = load(dep)
        spec.loader.exec_module(module)
    finally:
        for dep, original in saved.items():
            if original is None:
                sys.modules.pop(dep, None)
            else:
                sys.modules[dep] = original
    return module


def outcome(fn):
    try:
        return ("ok", repr(fn()))
    except Exception as e:  # the comparison is about the exception itself
        return ("raise", type(e).__name__, str(e))


def same(label, ours, theirs):
    """Checks that two thunks give equal results or equal exceptions."""
    global failures, checks
    checks += 1
    a, b = outcome(ours), outcome(theirs)
    if a != b:
        failures += 1
        print(f"MISMATCH {label}:\n  ours:    {a!r}\n  CPython: {b!r}")
