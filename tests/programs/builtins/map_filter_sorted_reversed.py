print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda x: x % 2, range(8))), list(filter(None, [0, "", None, 3, "x"])))
print(sorted("hello"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
