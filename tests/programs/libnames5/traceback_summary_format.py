# A learner's error reporter: keeps a TracebackException, prints it later, filters
# the stack, and shows where each frame was.
import sys
import traceback


def parse(text):
    return int(text)


def load(rows):
    return [parse(r) for r in rows]


def report(exc):
    te = traceback.TracebackException.from_exception(exc)
    print("type:", te.exc_type.__name__, "| message:", te)
    for frame in te.stack:
        print(f"  {frame.name} at line {frame.lineno}: {frame.line}")
    print("".join(te.format()), end="")
    te.stack = traceback.StackSummary.from_list(te.stack[-1:])
    print("".join(te.format()), end="")


try:
    load(["1", "2", "three"])
except ValueError as e:
    report(e)

try:
    try:
        load(["x"])
    except ValueError as e:
        raise RuntimeError("could not load") from e
except RuntimeError as e:
    traceback.print_exception(e, file=sys.stdout)
    print("---- without the chain")
    traceback.print_exception(e, file=sys.stdout, chain=False)
    print("---- only")
    print(traceback.format_exception_only(e), end="\n")
