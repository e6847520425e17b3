matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([x for row in matrix for x in row if x % 2])
print([[x * 10 if x > 4 else x for x in row] for row in matrix])
print({(i, j): i * j for i in range(3) for j in range(3) if i < j})
print([i for i in range(30) if i % 2 == 0 if i % 3 == 0])
words = ["apple", "Bob", "cat", "Dan"]
print({w[0].lower(): w for w in words})
print(sorted({len(w) for w in words}, reverse=True))
print([(w, i) for i, w in enumerate(words) if w.istitle()])
