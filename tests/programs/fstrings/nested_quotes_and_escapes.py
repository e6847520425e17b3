name = "world"
items = {"a": 1}
print(f"hello {name!r}, {items['a']}, {'single'} {'double' if True else ''}")
print(f'{items["a"]} {"dq inside sq"}')
print(f"{{}} {{{name}}} {'{'}")
print(f"tab:\t| newline in expr: {chr(10)!r}")
print(f"{'x':>{3}}|{'y':<{2 + 1}}|")
values = [1.5, 22.25, 333.125]
for v in values:
    print(f"|{v:8.2f}|{v:<8.1f}|{v:^8.0f}|")
