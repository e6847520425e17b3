def show(label, fn):
    try:
        fn()
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
    else:
        print(label, "-> nothing")

eg = ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])

def bare_reraise():
    try:
        raise eg
    except* ValueError:
        raise

def new_raise():
    try:
        raise eg
    except* ValueError:
        raise RuntimeError("new")

def two_raise():
    try:
        raise eg
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise OSError("from T")

def all_handled():
    try:
        raise eg
    except* (ValueError, TypeError):
        pass
    except* KeyError as e:
        print("  key handler got", repr(e))

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("  naked wrapped as", repr(e))

def naked_raise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise KeyError("k")

def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        pass

def raise_match_variable():
    try:
        raise eg
    except* KeyError as e:
        raise e

def nested():
    try:
        try:
            raise eg
        except* ValueError:
            raise
    except* TypeError as t:
        print("  outer got", repr(t))

for f in [bare_reraise, new_raise, two_raise, all_handled, naked, naked_raise, naked_unmatched, raise_match_variable, nested]:
    show(f.__name__, f)

try:
    raise ExceptionGroup("x", [ValueError(1)])
except* ValueError as e:
    pass
print(e if "e" in dir() else "e unbound")
try:
    two_raise()
except ExceptionGroup as g:
    print(g.message, [type(x).__name__ for x in g.exceptions], type(g.exceptions[0].__context__).__name__)
for i in range(2):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError:
        for j in range(3):
            if j == 1:
                break
        print("loop", i, j)
two_raise()
