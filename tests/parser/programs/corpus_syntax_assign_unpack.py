a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
p = q = r = 7
print(p, q, r)
[m, n] = (10, 20)
print(m + n)
head, *mid, tail = range(5)
print(head, mid, tail)
