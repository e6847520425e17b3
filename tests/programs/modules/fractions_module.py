from fractions import Fraction as F
a, b = F(1, 3), F("2/6")
print(a, b, a == b, repr(F(3, -6)), F("1.25"), F("-3e-2"), F(0.1), F(F(1, 2), F(3, 4)))
print(a + 1, a * 3, a / 2, a - 0.5, 2 ** F(2), F(2, 3) ** 2, F(4) ** F(1, 2), F(-2, 3) ** -3)
print(a < 0.5, a > F(1, 4), F(1, 2) == 0.5, hash(F(1, 2)) == hash(0.5), hash(F(3)), hash(F(1, 3)), hash(F(-1, 3)))
print(int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(22, 7), 3), float(F(1, 3)), F(22, 7) // 1, F(22, 7) % 1, divmod(F(7, 2), 2))
import math; print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(F(math.pi).limit_denominator(1000), F(3.14159).limit_denominator(100), sum([F(1, n) for n in range(1, 6)]))
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), F(5, 10).as_integer_ratio(), abs(F(-1, 2)), bool(F(0)))
for bad in ("x", "1/0", "1.5/2"):
    try: print(F(bad))
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
try: F(1, 2) / 0
except ZeroDivisionError as e: print(e)
print({F(1, 2): "half"}[0.5], f"{F(3, 4)}", str(F(4, 2)))
