# breakpoint() calls sys.breakpointhook, whose default reads $PYTHONBREAKPOINT at each
# call: "0" turns it off, "module.function" is imported and called with breakpoint()'s
# arguments, a name without a dot is a builtin, and what cannot be imported or found is
# a RuntimeWarning naming the variable, then None. The warnings go to stdout here.
import os
import sys

sys.stderr = sys.stdout
print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__)

calls = []


def stop(*args, **kws):
    calls.append((args, kws))
    print("stop called with", args, kws)
    return "stopped"


os.environ["PYTHONBREAKPOINT"] = "0"
print("off:", breakpoint(), breakpoint(1, x=2))
os.environ["PYTHONBREAKPOINT"] = "__main__.stop"
print("hook:", breakpoint(1, 2, where="here"))
print("recorded:", calls)
os.environ["PYTHONBREAKPOINT"] = "print"
result = breakpoint("a", "b", sep="-")
print("builtin print returned", result)
os.environ["PYTHONBREAKPOINT"] = "builtins.len"
print("len:", breakpoint([1, 2, 3]))
for name in ("no_such_module.hook", "os.no_such_function", "no_such_builtin"):
    os.environ["PYTHONBREAKPOINT"] = name
    print(name, "->", breakpoint())
os.environ["PYTHONBREAKPOINT"] = "__main__.stop"
try:
    sys.breakpointhook(1, nope=True)
finally:
    print("direct call done")
