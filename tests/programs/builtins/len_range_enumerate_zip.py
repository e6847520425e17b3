print(len("abc"), len([1, 2]), len({"a": 1}), len(range(10)), len(range(0, 10, 3)))
r = range(10, 0, -3)
print(list(r), r[1], r[-1], 4 in r, 7 in r, r.index(4), len(r), r)
print(list(enumerate("ab")), list(enumerate("ab", 10)))
print(list(zip("abc", [1, 2])), list(zip()), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(range(5)[1:3], list(range(5)[::-1]), range(3) == range(0, 3))
