a[, b = 1, 2
(a, b) = [1, 2]
[a, *b] = range(3)
a, = x
