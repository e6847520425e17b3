"""Runs every tests/lib/test_*.py and prints `N passed, M failed` (checks)."""
import glob
import os
import runpy
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import compare  # noqa: E402

for path in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "test_*.py"))):
    runpy.run_path(path, run_name="__main__")
print(f"{compare.checks - compare.failures} passed, {compare.failures} failed")
sys.exit(1 if compare.failures else 0)
