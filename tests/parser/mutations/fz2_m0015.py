def gen():
    yield 1
g = ge)()
print(next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def bad():
    yield 1