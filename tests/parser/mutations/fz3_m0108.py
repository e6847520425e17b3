x = 10 ** 40 + 12345
y = 987654321987654321
print(x // y, x % y, divmod(-x, y))
print(po*w(7, 10 ** 5, 10 ** 9 + 7))
print((10 **) / (10 ** 48))
print(x ** 3 // y ** 2)
print(-(x // -y))
a, b = 1, 1
for _ in range(300):
    a, b = b, a + b
print(a)
