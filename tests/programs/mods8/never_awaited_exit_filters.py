# At exit the warnings filters still apply to coroutines never awaited (CPython's C
# warnings code uses the same filter list): "always" shows every one, and a filter for
# another category changes nothing. The lines go to stdout (sys.__stderr__).
import sys
import warnings

sys.__stderr__ = sys.stdout
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("always", RuntimeWarning)


async def job(n):
    return n


async def other(n):
    return n


held = {"a": job(1), "b": job(2), "c": other(3)}
print("held", sorted(held))
