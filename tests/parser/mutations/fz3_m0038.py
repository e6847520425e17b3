values = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789.123, 1e-5, 0.0001, 1e22, 1e21,
          1.5e300 * 1e10, -0.0, 5e-324, 2.0 ** 0.5, 100.0, 1.0e-7, 3.14159, 1/7]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("na), -float("inf"))
print(float("1e500"), float(" 3.5 "), float("-0"), float(10 ** 20))
print(0.1 + 0.7, 4.35 * 100, 1.1 * 3)
