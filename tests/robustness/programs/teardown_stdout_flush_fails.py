# At exit CPython flushes sys.stdout after the atexit callbacks: a replaced stream whose
# flush fails is reported as unraisable and the exit status is 120; a __del__ that runs
# later prints to the restored real stdout.
import sys


class Broken:
    def write(self, s):
        raise OSError("write failed")

    def flush(self):
        raise OSError("flush failed")


class A:
    def __del__(self):
        print("from del")


a = A()
sys.stdout = Broken()
