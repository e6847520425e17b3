square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
funcs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in funcs])
