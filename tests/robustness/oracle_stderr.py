#!/usr/bin/env python3
"""Record CPython's whole stderr for an "errors that teach" program: NAME.stderr.

Usage: tests/robustness/oracle_stderr.py tests/robustness/programs/teach_X.py ...

scripts/oracle.py records stdout, the exit status and the last stderr line; for these
programs the file, line, quoted source and caret lines matter as much as the message,
so tests/robustness/run.py compares the whole of stderr with NAME.stderr when there is
one. `python3 NAME.py` runs in the program's folder (as a user would run it: the oracle's
child compiles the text itself, which changes the caret of an error at the end of the
file), PYTHONHASHSEED=0, UTF-8 streams; the absolute path python3 prints for the main
file is replaced by the base name the runners pass. Only for programs whose
stderr names no file of CPython's own standard library (an asyncio traceback shows
frames of CPython's asyncio, which Taskscope's differ from by design).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import oracle  # noqa: E402


def main(paths):
    for path in paths:
        folder, name = os.path.split(os.path.abspath(path))
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8",
                   PYTHONDONTWRITEBYTECODE="1", PYTHONUTF8="1")
        status, _, err, why = oracle.run_capped(["python3", name], folder, env, 60)
        if why:
            print("%s: %s, not recorded" % (path, why))
            continue
        if b"/lib/python3" in err:
            print("%s: stderr shows CPython's library files, not recorded" % path)
            continue
        # python3 names the main file by its absolute path; the runners pass the base name.
        err = err.replace(os.path.join(folder, name).encode(), name.encode())
        with open(path[:-3] + ".stderr", "wb") as f:
            f.write(err)
        print("%s: exit %d, %d bytes of stderr" % (path, status, len(err)))


if __name__ == "__main__":
    main(sys.argv[1:])
