xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
ys = xs.copy(); ys.clear(); print(xs, ys)
try:
    xs.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexErroas e: