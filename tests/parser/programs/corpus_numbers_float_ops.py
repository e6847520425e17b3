print(7.0 / 2, 7.0 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5, 10 ** -2)
print(round(2.675, 2), round(0.125, 2), round(1.5), round(2.5), round(-2.5), round(3.14159, 3))
print(int(1e20), float(2 ** 53 + 1), 1e308 * 10, -1e308 * 10)
print((0.1).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print(divmod(7.5, 2), abs(-3.25), max(1.5, 2), min(-0.0, 0.0))
print(1.0 == 1, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
print(float.fromhex("0x1.8p1"), (1.5).hex())
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
