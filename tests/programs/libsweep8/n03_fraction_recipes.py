import asyncio
from fractions import Fraction as F

RECIPE = {"flour": F(3, 4), "sugar": F(1, 3), "butter": F(1, 2), "salt": F(1, 8)}

async def scale(name, factor):
    await asyncio.sleep(float(factor) / 10)
    return name, {k: v * factor for k, v in RECIPE.items()}

def mixed(f):
    whole, rem = divmod(f.numerator, f.denominator)
    return f"{whole} {F(rem, f.denominator)}" if whole and rem else str(whole or f)

async def main():
    res = await asyncio.gather(scale("half", F(1, 2)), scale("double", 2), scale("x1.5", F("1.5")))
    for name, amounts in res:
        print(name, {k: mixed(v) for k, v in amounts.items()}, sum(amounts.values()))
    a, b = F(5, 12), F(7, 18)
    print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, F(4, 9) ** F(1, 2), 2 ** F(1, 2))
    print(a < b, a == F(10, 24), F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) + 0.25, F(1, 2) + 1, 1 - F(1, 3), F(3, 1), F(3, 1) == 3)
    print(F("  -3/7 "), F("1e-3"), F(" 2.50 "), F(2.5), F(-0.0), F(1, -2), F(F(1, 2), F(3, 4)), F(10).limit_denominator(3))
    print(F(22, 7).limit_denominator(5), F(3.141592653589793).limit_denominator(1000), F(1, 3).as_integer_ratio(), F(5, 4).numerator, F(5, 4).denominator)
    print(round(F(7, 4)), round(F(7, 4), 1), round(F(-5, 2)), int(F(-7, 2)), float(F(1, 3)), f"{float(F(2, 3)):.4f}", hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3))
    print(sorted([F(1, 3), F(1, 4), 0.3, 1]), repr(F(6, 4)), str(F(6, 4)), F(0), bool(F(0)), max(F(1, 3), F(2, 7)))
    for bad in [lambda: F(1, 0), lambda: F("1/0"), lambda: F("abc"), lambda: F(1.5, 2), lambda: F(float("nan")), lambda: F(float("inf")), lambda: F(1, 2) / 0]:
        try:
            bad()
        except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__ + ":", e)

asyncio.run(main())
