#!/usr/bin/env python3
"""Run the hostile programs of tests/robustness/programs through a Taskscope CLI.

Usage: tests/robustness/run.py --cli build/asan/taskscope [--memory-limit BYTES]

Each program's expected stdout, exit status and last stderr line were made by CPython
(scripts/oracle.py run under `prlimit --as=2000000000`, so the huge allocations give
MemoryError there as they do under our cap; see docs/robustness.md). The CLI runs with
TASKSCOPE_MEMORY_LIMIT (default 1 GiB: format(1, "300000000") needs two 300 MB
buffers here, one in CPython) so a 10**9-element list is a MemoryError, not
8 GB of swap.

When NAME.stderr exists (tests/robustness/oracle_stderr.py, from CPython), the whole of
stderr must equal it: file, line, quoted source and carets of the errors that teach.
Memory addresses in default reprs (`<function A.__del__ at 0x7f...>`, which an
"Exception ignored in:" report names) differ from run to run and are compared as
`0x...` on both sides.

known_failures.txt lists programs that fail for a missing feature (no asyncio module
yet, no compile() builtin) or an open bug, one name per line with the reason after a
`#`. They are run and reported, but only an unexpected failure, or a crash (a signal)
of a known one whose reason does not start with CRASH, fails the suite (CRASH marks a
crash found here and still open in another helper's files); a known failure that passes is reported so the
list can shrink. Last line: `N passed, K known failures, M failed`.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import run_programs  # noqa: E402

ROOT = os.path.join(HERE, "programs")


def known_failures():
    names = {}
    with open(os.path.join(HERE, "known_failures.txt")) as f:
        for line in f:
            name, _, why = line.partition("#")
            if name.strip():
                names[name.strip()] = why.strip()
    return names


def mask_addresses(text):
    """text with every ` at 0x<hex>>` of a default repr as ` at 0x...>`."""
    return re.sub(rb" at 0x[0-9a-fA-F]+>", b" at 0x...>", text)


def whole_stderr_problems(cli, rel, timeout):
    """Differences between the program's stderr and NAME.stderr, if there is one."""
    expected_path = os.path.join(ROOT, rel[:-3] + ".stderr")
    if not os.path.exists(expected_path):
        return []
    with open(expected_path, "rb") as f:
        expected = f.read()
    try:
        _, _, err = run_programs.run_cli(cli, os.path.join(ROOT, rel), timeout)
    except Exception as e:  # a timeout: already reported by the corpus run
        return ["  stderr not compared: %s" % e]
    err, expected = mask_addresses(err), mask_addresses(expected)
    if err == expected:
        return []
    return ["  stderr differs from %s.stderr:" % rel[:-3]] + \
        run_programs._diff(expected, err)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--memory-limit", default=str(1 << 30))
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args(argv)
    os.environ["TASKSCOPE_MEMORY_LIMIT"] = args.memory_limit
    known = known_failures()
    paths = run_programs.discover(ROOT)
    cli = [os.path.abspath(args.cli), "--clock=virtual"]
    passed = kfail = failed = 0
    for rel, problems in run_programs.run_corpus(cli, paths, args.jobs, args.timeout, ROOT):
        problems = problems + whole_stderr_problems(cli, rel, args.timeout)
        crashed = any("killed by signal" in p for p in problems)
        if not problems:
            passed += 1
            if rel in known:
                print("UNEXPECTED PASS %s (remove it from known_failures.txt)" % rel)
        elif rel in known and (not crashed or known[rel].startswith("CRASH")):
            kfail += 1
            print("known failure %s: %s" % (rel, known[rel]))
        else:
            failed += 1
            print("FAIL " + rel)
            print("\n".join(problems[:12]))
    print("%d passed, %d known failures, %d failed" % (passed, kfail, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
