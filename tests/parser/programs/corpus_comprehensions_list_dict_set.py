print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print({w: len(w) for w in ["a", "bb", "ccc"]})
print({x % 4 for x in range(10)})
print([[row * col for col in range(3)] for row in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print([c.upper() if c in "aeiou" else c for c in "education"])
