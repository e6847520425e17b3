# sys.breakpointhook can be replaced (breakpoint() passes its arguments through and
# returns what the hook returns), restored from sys.__breakpointhook__, set to None
# (calling None fails) or deleted (breakpoint() then says the hook is lost).
import os
import sys

os.environ["PYTHONBREAKPOINT"] = "0"


def my_hook(*args, **kws):
    print("my_hook", args, sorted(kws.items()))
    return len(args)


sys.breakpointhook = my_hook
print(breakpoint(), breakpoint(1, 2, 3, z=0, a=1))
sys.breakpointhook = sys.__breakpointhook__
print("restored:", breakpoint())
sys.breakpointhook = None
try:
    breakpoint()
except TypeError as exc:
    print("TypeError:", exc)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(hasattr(sys, "breakpointhook"), sys.__breakpointhook__.__name__)
sys.breakpointhook = lambda: "no arguments"
try:
    breakpoint(1)
except TypeError as exc:
    print("TypeError:", exc)
print(breakpoint())
