a = f'{x:{w}.{p}f}'
b = f"{'quoted'}"
c = f'{d["k"]}'
d = f'{f"{inner}"}'
e = f'{x if y else z}'
f = f'{[i for i in r]}'
g = f'{ {1: 2}[1] }'
h = f'{lambda: 1}' if 0 else 0
