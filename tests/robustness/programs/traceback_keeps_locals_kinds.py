# What a frame held goes when the exception that ended it goes, for every kind of frame:
# a generator (StopIteration made RuntimeError), a class body, exec() with its own
# namespace, a with block that suppresses, a chained exception, an uncaught SystemExit.
import contextlib
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

def gen():
    n = Noisy("gen")
    yield 1
    raise StopIteration

try:
    list(gen())
except RuntimeError as e:
    print("caught", e)
print("after gen")

try:
    class C:
        n = Noisy("class body")
        1 / 0
except ZeroDivisionError:
    print("caught class")
print("after class")

ns = {}
try:
    exec("n = Noisy('exec')\n1/0", globals(), ns)
except ZeroDivisionError:
    print("caught exec")
del ns
print("after exec")

def f():
    n = Noisy("suppressed")
    raise KeyError(1)
with contextlib.suppress(KeyError):
    f()
print("after suppress")

def g():
    n = Noisy("chained")
    raise KeyError(2)
try:
    try:
        g()
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print("caught", e, repr(e.__cause__))
print("after chained")

def last():
    n = Noisy("uncaught")
    raise SystemExit(3)
last()
