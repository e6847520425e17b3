for i, ch in enumerate("abc", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
for key, value in {"k1": 1, "k2": 2}.items():
    print(key, value)
for x in reversed(range(3)):
    print(x, end=" ")
print()
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
