f(a=1, b=2)
f(x, y, z=3)
f(print=1)
dict(a=1, **{.'b': 2})
