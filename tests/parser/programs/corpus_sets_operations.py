a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a.union([9]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {1}, a.isdisjoint({7, 8}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.discard(10); s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(sorted({"pear", "apple", "fig"}), set([3, 3, 1]), frozenset([2, 1]))
print(set(range(5)) - {0}, {x % 3 for x in range(10)})
