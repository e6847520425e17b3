# repr() of a list nested 100,000 deep: RecursionError, not a C stack overflow.
a = []
for i in range(100000):
    a = [a]
try:
    repr(a)
except RecursionError as e:
    print("repr:", e)
