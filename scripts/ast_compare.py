#!/usr/bin/env python3
"""Compare our parser with CPython's, and regenerate the parser test corpus.

    scripts/ast_compare.py [--tool PATH] [--attrs] FILE_OR_DIR...
        Parses each .py file with python3 (ast.dump) and with our ast_dump tool and
        reports the files whose dumps differ (--attrs: compare with positions too).
        Files python3 rejects are compared as syntax error reports instead.

    scripts/ast_compare.py --regen DIR...
        Writes, for each DIR/*.py, the expected output our tests read:
        X.ast  (two lines: ast.dump(tree) and ast.dump(tree, include_attributes=True))
        or X.err (what `python3 prog.py` prints on stderr for a syntax error).
"""
import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def python_error_report(path):
    """What python3 prints for the file run as prog.py (the report only)."""
    with tempfile.TemporaryDirectory() as d:
        shutil.copy(path, os.path.join(d, "prog.py"))
        # Only files python3 cannot compile come here, so running them runs nothing:
        # python3 prints its report and exits.
        r = subprocess.run([sys.executable, "prog.py"], cwd=d, capture_output=True, text=True,
                           timeout=60, stdin=subprocess.DEVNULL)
        # python3 names the script by its absolute path: keep only "prog.py".
        return r.returncode, r.stderr.replace(os.path.realpath(d) + "/", "").replace(d + "/", "")


def python_dumps(path):
    with open(path, "rb") as f:
        src = f.read()
    try:
        tree = ast.parse(src)
    except (SyntaxError, MemoryError, ValueError, RecursionError):
        return None
    return ast.dump(tree), ast.dump(tree, include_attributes=True)


def regen(dirs):
    for d in dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".py"):
                continue
            path = os.path.join(d, name)
            base = path[:-3]
            dumps = python_dumps(path)
            for ext in (".ast", ".err"):
                if os.path.exists(base + ext):
                    os.remove(base + ext)
            if dumps:
                with open(base + ".ast", "w") as f:
                    f.write(dumps[0] + "\n" + dumps[1] + "\n")
            else:
                _, report = python_error_report(path)
                with open(base + ".err", "w") as f:
                    f.write(report)


def ours(tool, path, attrs):
    args = [tool] + (["-a"] if attrs else []) + [path]
    r = subprocess.run(args, capture_output=True, text=True, timeout=60)
    return r.returncode, r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tool", default=os.path.join(ROOT, "build/rel/tests/tools/ast_dump"))
    ap.add_argument("--attrs", action="store_true")
    ap.add_argument("--regen", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    if a.regen:
        regen(a.paths)
        return 0
    files = []
    for p in a.paths:
        if os.path.isdir(p):
            for dp, _, fs in os.walk(p):
                files += [os.path.join(dp, f) for f in fs if f.endswith(".py")]
        else:
            files.append(p)
    files.sort()
    same = diff = 0
    for path in files:
        dumps = python_dumps(path)
        if dumps is None:
            _, want = python_error_report(path)
            with tempfile.TemporaryDirectory() as d:
                shutil.copy(path, os.path.join(d, "prog.py"))
                r = subprocess.run([os.path.abspath(a.tool), "prog.py"], cwd=d, capture_output=True,
                                   text=True, timeout=60)
                got = r.stdout
        else:
            want = (dumps[1] if a.attrs else dumps[0]) + "\n"
            _, got = ours(a.tool, path, a.attrs)
        if got == want:
            same += 1
        else:
            diff += 1
            if not a.quiet:
                print("DIFF", path)
                print("  want:", want[:3000])
                print("  got: ", got[:3000])
    print(f"{same} same, {diff} different")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
