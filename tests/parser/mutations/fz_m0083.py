f(a=1, b=
f(x, y, z)
f(print=1)
dict(a=1, **{'b': 2})
