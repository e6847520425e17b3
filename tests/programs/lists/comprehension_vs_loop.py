squares_loop = []
for n in range(10):
    if n % 3:
        squares_loop.append(n * n)
squares_comp = [n * n for n in range(10) if n % 3]
print(squares_loop == squares_comp, squares_comp)
pairs = [(a, b) for a in range(1, 4) for b in range(a, 4)]
print(pairs)
flat = [x for sub in [[1, 2], [], [3]] for x in sub]
print(flat, list(map(sum, [[1, 2], [3, 4]])))
