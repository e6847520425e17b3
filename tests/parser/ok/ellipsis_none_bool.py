x = ...
y = None
z = True
w = False
f(...)
a[...]
a[..., 1]
