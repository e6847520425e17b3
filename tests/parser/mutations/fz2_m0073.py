f = lambda: 0
g = lambda x: x + 1
h = lambda x, y=1, *a, z, **k: x
i = lambda *, k k
j = lambda a, /, b: a
k = lmbda x: lambda y: x + y
