# Printing the current stack from nested calls and formatting extracted frames.
import sys
import traceback


def where_am_i():
    traceback.print_stack(limit=3, file=sys.stdout)
    for frame in traceback.extract_stack()[-2:]:
        print(frame.name, frame.lineno, repr(frame.line))
    print(traceback.format_stack(limit=1)[0], end="")


def middle():
    where_am_i()


def top():
    middle()


top()
summary = traceback.StackSummary.from_list([
    ("app.py", 10, "main", "run()"),
    ("app.py", 20, "run", "step()"),
])
print("".join(summary.format()), end="")
print(traceback.format_list([("lib.py", 5, "helper", None)]))


def recurse(n):
    if n == 0:
        raise RecursionError("too deep (simulated)")
    return recurse(n - 1)


try:
    recurse(10)
except RecursionError as e:
    lines = traceback.format_tb(e.__traceback__)
    print(len(lines))
    print("".join(lines), end="")
    print([name for _, name in [(f.lineno, f.name) for f in traceback.extract_tb(e.__traceback__, limit=3)]])
    for frame, lineno in traceback.walk_tb(e.__traceback__.tb_next.tb_next):
        print(frame.f_code.co_name, lineno)
