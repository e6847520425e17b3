# An atexit callback that raises is reported as CPython's unraisable hook prints it:
# no chained exception, ": " after a type with an empty message; the others still run.
import atexit


def interrupted():
    print("interrupted runs")
    raise KeyboardInterrupt


def chained():
    try:
        {}["key"]
    except KeyError:
        raise ValueError("while handling")


atexit.register(print, "registered first, runs last")
atexit.register(interrupted)
atexit.register(chained)
print("end")
