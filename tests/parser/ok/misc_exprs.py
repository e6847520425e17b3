x = a if b else (lambda: c)
y = [i for i in range(10) if i % 2 == 0 and i > 2]
z = {k: [v for v in vs] for k, vs in m.items()}
w = (yield_ := 1)
v = a[b][c](d)(e)
u = not (a and b)
t = - - - 1
s = x if not y else z
