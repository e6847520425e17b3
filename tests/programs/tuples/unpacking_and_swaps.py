point = (3, 4)
x, y = point
print(x, y)
a, b, c = "xyz"
print(c, b, a)
(a, b), c = (1, 2), 3
print(a, b, c)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print("ValueError:", e)
records = [("ann", 31, "nyc"), ("bo", 25, "sf")]
for name, age, city in records:
    print(f"{name}/{age}/{city}")
print(max(records, key=lambda r: r[1])[0], sorted(records, key=lambda r: r[2]))
print(divmod(17, 5), tuple(reversed((1, 2, 3))), (1, 2) + (3,), len(()))
