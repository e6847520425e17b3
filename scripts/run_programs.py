#!/usr/bin/env python3
"""Run the program corpus (tests/programs/**/*.py) through a Taskscope CLI and compare
each program's output with the expected files that scripts/oracle.py made from CPython.

Usage
    scripts/run_programs.py --cli build/asan/taskscope [-k PATTERN] [--jobs N]
                            [--timeout SECONDS] [--list-failures] [--root DIR]
                            [--cli-arg ARG]...
    scripts/run_programs.py --cli oracle      (the corpus through CPython itself)

How each program is run
    CLI --clock=virtual NAME.py
    with the program's folder as the working directory and NAME.py its base name (the
    oracle runs CPython the same way), stdin from /dev/null. `--cli oracle` runs the
    corpus through the oracle itself (CPython), which checks the corpus is
    reproducible. Extra arguments for the CLI can be given with --cli-arg (repeatable).

What passes
    stdout must equal NAME.out byte for byte. If NAME.err exists, the exit status must
    equal its first line and the last non-empty stderr line its second line; if it does
    not, the exit status must be 0. A run that exceeds the timeout (default 30 s) or
    writes more than 4 MiB to one stream is stopped and fails.

Output: one compact report per failure (a short unified diff of stdout, or the status /
stderr mismatch), then a last line exactly `N passed, M failed`. Exit status 1 if any
program failed, 0 otherwise.

There is deliberately no way to write expected files from this script: expectations
come only from CPython through scripts/oracle.py.

The functions below (discover, run_cli, check, run_corpus) can be imported by other
runners; tests/programs/README.md states the conventions for runners in other languages.
"""

import argparse
import concurrent.futures
import difflib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import oracle  # noqa: E402  (shared conventions: discovery, .err format)

DEFAULT_TIMEOUT = 30.0
MAX_DIFF_LINES = 24


def discover(root=oracle.CORPUS, pattern=None):
    """Corpus programs under root whose relative path contains pattern (sorted)."""
    return oracle.discover(root, pattern)


def load_expected(path):
    """(stdout bytes, (status, last stderr line) or None) expected for a program."""
    out_path, err_path = oracle.expected_paths(path)
    with open(out_path, "rb") as f:
        out = f.read()
    err = None
    if os.path.exists(err_path):
        with open(err_path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        err = (int(lines[0]), lines[1] if len(lines) > 1 else "")
    return out, err


class RunFailed(Exception):
    """The CLI run timed out or printed far more than any expected output."""


def run_cli(cli_argv, path, timeout):
    """Run one program through a CLI. Returns (status, stdout, stderr); raises
    RunFailed on a timeout or runaway output. cli_argv == ['oracle'] runs it under
    CPython through the oracle."""
    path = os.path.abspath(path)
    folder, name = os.path.split(path)
    if cli_argv == ["oracle"]:
        try:
            return oracle.run_program(path, timeout)
        except oracle.OracleError as exc:
            raise RunFailed(str(exc))
    status, out, err, why = oracle.run_capped(cli_argv + ["--clock=virtual", name],
                                              folder, dict(os.environ), timeout,
                                              limit=4 * oracle.MAX_OUTPUT)
    if why == "timeout":
        raise RunFailed("timed out after %gs" % timeout)
    if why:
        raise RunFailed(why)
    return status, out, err


def _diff(expected, actual):
    exp = expected.decode("utf-8", errors="replace").splitlines(keepends=True)
    act = actual.decode("utf-8", errors="replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(exp, act, "expected", "actual", n=1))
    out = []
    for line in lines[:MAX_DIFF_LINES]:
        out.append("    " + line.rstrip("\n") + ("" if line.endswith("\n") else "  (no newline)"))
    if len(lines) > MAX_DIFF_LINES:
        out.append("    ... %d more diff lines" % (len(lines) - MAX_DIFF_LINES))
    return out


def check(path, status, stdout, stderr):
    """Compare one run with the program's expected files. Returns a list of report
    lines (empty when the run passed)."""
    exp_out, exp_err = load_expected(path)
    problems = []
    if stdout != exp_out:
        problems.append("  stdout differs:")
        problems.extend(_diff(exp_out, stdout))
    if exp_err is None:
        if status != 0:
            problems.append("  exit status %d, expected 0; last stderr line: %s"
                            % (status, oracle.last_stderr_line(stderr)))
    else:
        exp_status, exp_line = exp_err
        if status != exp_status:
            problems.append("  exit status %d, expected %d" % (status, exp_status))
        got_line = oracle.last_stderr_line(stderr)
        if got_line != exp_line:
            problems.append("  last stderr line differs:")
            problems.append("    expected: " + exp_line)
            problems.append("    actual:   " + got_line)
    return problems


def run_one(cli_argv, path, timeout):
    """Run and check one program. Returns report lines (empty = passed)."""
    try:
        status, out, err = run_cli(cli_argv, path, timeout)
    except RunFailed as exc:
        return ["  " + str(exc)]
    except OSError as exc:
        return ["  could not run: %s" % exc]
    if status < 0:
        return ["  killed by signal %d; last stderr line: %s"
                % (-status, oracle.last_stderr_line(err))]
    try:
        return check(path, status, out, err)
    except FileNotFoundError as exc:
        return ["  no expected output (%s): run scripts/oracle.py on it" % exc.filename]


def run_corpus(cli_argv, paths, jobs=2, timeout=DEFAULT_TIMEOUT, root=oracle.CORPUS):
    """Run paths through the CLI, jobs at a time. Yields (relpath, report lines) in
    path order as results arrive."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [(p, pool.submit(run_one, cli_argv, p, timeout)) for p in paths]
        for path, fut in futures:
            yield os.path.relpath(path, root), fut.result()


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", required=True,
                    help="the Taskscope CLI executable, or 'oracle' for CPython")
    ap.add_argument("--cli-arg", action="append", default=[],
                    help="an extra argument placed before --clock=virtual")
    ap.add_argument("-k", dest="pattern", help="only programs whose path contains PATTERN")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    ap.add_argument("--list-failures", action="store_true",
                    help="print only the failing programs' paths, one a line")
    ap.add_argument("--root", default=oracle.CORPUS, help="corpus folder")
    args = ap.parse_args(argv)

    if args.cli == "oracle":
        cli_argv = ["oracle"]
    else:
        cli = args.cli
        if os.sep in cli or os.path.exists(cli):
            cli = os.path.abspath(cli)
        cli_argv = [cli] + args.cli_arg

    paths = discover(args.root, args.pattern)
    passed = failed = 0
    for rel, problems in run_corpus(cli_argv, paths, args.jobs, args.timeout, args.root):
        if not problems:
            passed += 1
            continue
        failed += 1
        if args.list_failures:
            print(rel)
        else:
            print("FAIL " + rel)
            print("\n".join(problems))
        sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
