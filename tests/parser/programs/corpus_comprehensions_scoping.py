x = "outer"
result = [x for x in range(3)]
print(result, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
