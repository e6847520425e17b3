#!/bin/sh
# Regenerates the expected stdout of each program here with CPython 3.11 (the oracle).
# tests/py/objcore_python.c runs every *.py through our interpreter and compares.
cd "$(dirname "$0")" || exit 1
for f in *.py; do
  PYTHONHASHSEED=0 python3 "$f" > "${f%.py}.out" 2>/dev/null
done
