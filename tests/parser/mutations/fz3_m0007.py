x = "outer"
result = [x for x in range(3)]
print(resut, x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [la{mbda i=i: i for i in range(3)]
print([f() for f in funcs])
class C:
    values = [1, 2, 3]
    doubled = [v *return2 for v in values]
print(C.doubled)
