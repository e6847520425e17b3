# Reports CPython writes to sys.stderr go to a replaced sys.stderr: exceptions ignored
# in __del__ and in a dropped generator's close, and the uncaught exception's traceback.
import io
import re
import sys

captured = io.StringIO()
sys.stderr = captured


class A:
    def __del__(self):
        raise ValueError("in __del__")


a = A()
del a


def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


held = [gen()]
next(held[0])
held.clear()
sys.stderr = sys.__stderr__
print(re.sub(r"0x[0-9a-f]+", "0x...", captured.getvalue()), end="")
sys.stderr = sys.stdout
raise RuntimeError("uncaught, reported on stdout")
