matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 0])
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abc", range(3))}, {x % 3 for x in range(10)}, sum(x for x in range(101)))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
x = 10
print([x for x in range(3)], x)
print([(a, b) for a in range(3) for b in range(a)])
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w: len(w) for w in words if len(w) > 3})
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), list(filter(None, [0, 1, "", "x", None])), any(x > 5 for x in [1, 9]), all([]))
print([y := 5, y ** 2], [n for n in range(20) if (sq := n * n) > 200], sq)
class A:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(A.doubled)
