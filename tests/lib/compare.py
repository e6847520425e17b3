"""Helpers for checking runtime/lib modules against CPython's own modules.

Our modules are plain Python, so CPython can run them too: each tests/lib/test_*.py
loads ours under a private name and compares results (or exception type and message)
with the standard library's on the same inputs. Run: python3 tests/lib/run.py
"""
import importlib.util
import os
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
failures = 0
checks = 0


def load(name, using=()):
    """Our runtime/lib/<name>.py as a fresh module named ts_<name>. Modules named in
    `using` are our versions too while it loads (e.g. textwrap on our re)."""
    path = os.path.join(ROOT, "runtime", "lib", name + ".py")
    package = os.path.join(ROOT, "runtime", "lib", name)
    if os.path.isdir(package):  # a package: its submodules load as ts_<name>.<sub>
        spec = importlib.util.spec_from_file_location(
            "ts_" + name, os.path.join(package, "__init__.py"),
            submodule_search_locations=[package])
    else:
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


ENGINE = os.path.join(ROOT, "build", "rel", "taskscope")


def same_output(label, program, timeout=60, first_difference=False):
    """Runs a program (text) on our native engine and on python3 and checks their
    stdout line by line, for what is C code in our engine (so cannot be loaded under
    CPython as the Python modules are). With first_difference, a differing line of
    several values is reported by its first differing value. Skipped, saying so, when
    build/rel/taskscope is not built."""
    if not os.path.exists(ENGINE):
        print(f"{label}: skipped, build/rel/taskscope is not built")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, label + "_probe.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(program)
        def run(exe):
            # UTF-8 whatever the locale: test_shutil_hmac_locale sets LC_ALL to "C" in
            # this process, and text=True alone would then decode as ASCII.
            return subprocess.run([exe, path], capture_output=True, encoding="utf-8",
                                  timeout=timeout).stdout.splitlines()
        ours, theirs = run(ENGINE), run(sys.executable)
    for i, expected in enumerate(theirs):
        got = ours[i] if i < len(ours) else "<missing>"
        if first_difference and got != expected and " " in expected:
            pairs = [(a, b) for a, b in zip(got.split(), expected.split()) if a != b]
            got, expected = pairs[0] if pairs else (got, expected)
        same(f"{label} line {i + 1}", lambda: got, lambda: expected)
    if len(ours) > len(theirs):
        same(f"{label} extra output", lambda: ours[len(theirs):], lambda: [])
