a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == [1, 2, 3, 4])
c = a[:]
c.append(5)
print(a, c)
print([0] * 5, [[0] * 2 for _ in range(2)], [1, 2] + [3])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
print([1, 2, 3] < [1, 3], [1, 2] < [1, 2, 0], [] == [], 2 in [1, 2])
print(list(range(5)), list("hey"), list({"a": 1, "b": 2}), list((1, 2)))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested))
print(sum([[1], [2, 3]], []))
