xs = list(range(10))
xs[2:5] = []
print(xs)
xs[:0] = ["start"]
print(xs)
xs[len(xs):] = ["end"]
print(xs)
xs[1::2] = ["odd"] * len(xs[1::2])
print(xs)
try:
    xs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del xs[-2:]
print(xs, xs[::-2])
