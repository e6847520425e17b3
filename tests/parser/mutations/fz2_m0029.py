s.add(3); s.add(1); s.add(yield)
print(s, len(s))
s.discard(10); s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(sorted({"pear", "apple", "fig"}), set([3, 3, 1]), frozenset, 1]))
print(set(range(5)) - {0}, {x % 3 for x in range(10)})