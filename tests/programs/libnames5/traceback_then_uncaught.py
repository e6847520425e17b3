# format_exc inside a handler, then an uncaught chained exception: the interpreter's own
# report must still be CPython's.
import traceback


def risky(d):
    return d["missing"]


try:
    risky({})
except KeyError:
    text = traceback.format_exc()
    print(text, end="")
    print(traceback.format_exc(limit=1, chain=False), end="")

te = None
try:
    risky([])
except TypeError as e:
    te = traceback.TracebackException.from_exception(e, limit=1)
print("".join(te.format_exception_only()), end="")
print(te.stack.format()[0], end="")

try:
    risky({})
except KeyError as e:
    raise ValueError("bad input") from e
