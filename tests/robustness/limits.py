#!/usr/bin/env python3
"""The CLI's limits: --limit-steps, --limit-seconds, --limit-memory and their
environment variables (docs/robustness.md, "Limits").

Usage: tests/robustness/limits.py --cli build/asan/taskscope
       tests/robustness/limits.py --cli "node wasm/cli.mjs"     (the Node CLI, built engine)

A run stopped by the step or time limit prints what the program printed so far, then
`stopped: step limit` / `stopped: time limit` as the last stderr line (the page's
wording), and exits with status 1; no traceback. Last line: `N passed, M failed`.
"""
import argparse
import os
import shlex
import subprocess
import sys
import tempfile
import time

PROGRAMS = {
    "loop.py": "print('before', flush=True)\nn = 0\nwhile True:\n    n += 1\n",
    # Catching the stop does not help: the next loop iteration stops again.
    "catch.py": ("print('before')\nwhile True:\n    try:\n        while True:\n"
                 "            pass\n    except Exception as e:\n        print('caught', e)\n"),
    "recurse.py": "def f():\n    return f() + 1\nf()\n",
    "task_hog.py": ("import asyncio\nasync def hog():\n    while True:\n        pass\n"
                    "async def main():\n    print('start')\n"
                    "    await asyncio.gather(hog(), asyncio.sleep(1))\nasyncio.run(main())\n"),
    "task_spin.py": ("import asyncio\nasync def spin():\n    while True:\n"
                     "        await asyncio.sleep(0)\nasync def main():\n"
                     "    asyncio.create_task(spin())\n    await asyncio.sleep(1)\n"
                     "    print('never')\nasyncio.run(main())\n"),
    "real_sleep.py": ("import asyncio\nasync def main():\n    print('sleeping')\n"
                      "    await asyncio.sleep(100)\nasyncio.run(main())\n"),
    # A long computation in C, where no Python step runs: the hard stop after a grace.
    "c_power.py": "x = 3 ** (10 ** 8)\nprint('done')\n",
    # 10**8 pointers: 800 MB natively, 400 MB on wasm32, both past a 50 MB cap.
    "alloc.py": "xs = [0] * 10**8\nprint(len(xs))\n",
    "alloc_fits.py": "xs = [0] * 10**6\nprint(len(xs))\n",
    "fine.py": "print(sum(range(1000)))\n",
    # 10,000 failures caught in a retry loop: a traceback keeps the variables of the frames
    # it went through, and here they hold the task whose exception it is (a cycle CPython's
    # collector frees); the handler's end lets them go, so memory stays flat (under 1 MB
    # measured; the 4 MB cap catches ~1.5 KB kept per failure).
    "retry_cycles.py": (
        "import asyncio\n\nclass Worker:\n    def __init__(self):\n"
        "        self.task = asyncio.create_task(self.run())\n        self.buffer = [0] * 100\n\n"
        "    async def run(self):\n        await asyncio.sleep(0.001)\n"
        "        raise ConnectionError('refused')\n\n"
        "async def attempt(i):\n    await asyncio.sleep(0.001)\n    raise ConnectionError(i)\n\n"
        "async def main():\n    failures = 0\n    for i in range(5000):\n        try:\n"
        "            await asyncio.wait_for(attempt(i), 1)\n        except ConnectionError:\n"
        "            failures += 1\n        w = Worker()\n        try:\n            await w.task\n"
        "        except ConnectionError:\n            failures += 1\n"
        "    print('failures', failures)\n\nasyncio.run(main())\n"),
}

# (name, flags, environment, expected stdout, expected last stderr line, status, max s)
CASES = [
    ("loop.py", ["--limit-steps=100000"], {}, "before\n", "stopped: step limit", 1, 60),
    ("loop.py", [], {"TASKSCOPE_STEP_LIMIT": "100000"}, "before\n", "stopped: step limit", 1, 60),
    ("catch.py", ["--limit-steps=100000"], {}, "before\ncaught step limit exceeded\n",
     "stopped: step limit", 1, 60),
    ("recurse.py", ["--limit-steps=500"], {}, "", "stopped: step limit", 1, 60),
    ("task_hog.py", ["--limit-steps=100000"], {}, "start\n", "stopped: step limit", 1, 60),
    ("task_spin.py", ["--limit-steps=100000"], {}, "", "stopped: step limit", 1, 60),
    ("loop.py", ["--limit-seconds=2"], {}, "before\n", "stopped: time limit", 1, 20),
    ("loop.py", [], {"TASKSCOPE_TIME_LIMIT": "2"}, "before\n", "stopped: time limit", 1, 20),
    # 5 s: the program must reach its sleep before the limit, on a loaded machine too.
    ("real_sleep.py", ["--clock=real", "--limit-seconds=5"], {}, "sleeping\n",
     "stopped: time limit", 1, 20),
    ("c_power.py", ["--limit-seconds=0.5"], {}, "", "stopped: time limit", 1, 15),
    ("alloc.py", ["--limit-memory=50000000"], {}, "", "MemoryError", 1, 60),
    ("alloc.py", [], {"TASKSCOPE_MEMORY_LIMIT": "50000000"}, "", "MemoryError", 1, 60),
    ("alloc_fits.py", ["--limit-memory=50000000"], {}, "1000000\n", "", 0, 60),
    ("fine.py", ["--limit-steps=100000", "--limit-seconds=30"], {}, "499500\n", "", 0, 60),
    ("retry_cycles.py", ["--limit-memory=4000000"], {}, "failures 10000\n", "", 0, 60),
    ("fine.py", ["--limit-steps=lots"], {}, "", None, 2, 60),
    ("fine.py", ["--limit-seconds=-1"], {}, "", None, 2, 60),
]


# Known to fail with the Node CLI (wasm/cli.mjs), reported but not counted as failures.
# None now: what the program printed before a real-clock wait used to be lost when the
# time limit ended the worker during the wait; the engine now finishes a stopped run
# only after the old worker's last messages have arrived (wasm/src/taskscope.mjs, _stop).
NODE_KNOWN = set()


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cli", required=True)
    args = ap.parse_args(argv)
    cli = shlex.split(args.cli)
    cli[-1] = os.path.abspath(cli[-1])
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in PROGRAMS.items():
            with open(os.path.join(tmp, name), "w") as f:
                f.write(text)
        for name, flags, env, want_out, want_err, want_status, max_s in CASES:
            full_env = dict(os.environ)
            for k in ("TASKSCOPE_STEP_LIMIT", "TASKSCOPE_TIME_LIMIT", "TASKSCOPE_MEMORY_LIMIT"):
                full_env.pop(k, None)
            full_env.update(env)
            t0 = time.monotonic()
            p = subprocess.run(cli + flags + [name], cwd=tmp, env=full_env, capture_output=True,
                               timeout=max_s + 60)
            took = time.monotonic() - t0
            out = p.stdout.decode("utf-8", "replace")
            err_lines = [l.rstrip() for l in p.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
            last = err_lines[-1] if err_lines else ""
            problems = []
            if p.returncode != want_status:
                problems.append("status %d, expected %d" % (p.returncode, want_status))
            if out != want_out:
                problems.append("stdout %r, expected %r" % (out[:200], want_out))
            if want_err is not None and last != want_err:
                problems.append("last stderr line %r, expected %r" % (last, want_err))
            if want_err and want_err.startswith("stopped:") and len(err_lines) != 1:
                problems.append("stderr has %d lines, expected the stop line only: %r"
                                % (len(err_lines), err_lines[:5]))
            if took > max_s:
                problems.append("took %.1f s, at most %d expected" % (took, max_s))
            label = "%s %s %s" % (" ".join("%s=%s" % kv for kv in env.items()), " ".join(flags), name)
            if problems and "node" in cli[0] and (name, " ".join(flags)) in NODE_KNOWN:
                print("known failure (Node CLI) " + label.strip() + ": " + problems[0])
                passed += 1
            elif problems:
                failed += 1
                print("FAIL " + label.strip())
                for pr in problems:
                    print("  " + pr)
            else:
                passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
