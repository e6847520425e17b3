def gen():
    yield 1
g = gen()
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
