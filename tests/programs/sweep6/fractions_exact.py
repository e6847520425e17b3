import asyncio
from fractions import Fraction
import math

async def main():
    await asyncio.sleep(0)
    parts = [Fraction(1, n) for n in range(1, 8)]
    h = sum(parts)
    print(h, float(h), h.numerator, h.denominator, h.limit_denominator(100), round(h, 3), round(h), math.floor(h), math.ceil(h))
    print(Fraction(3, 6), Fraction(-3, 6), Fraction("2/4"), Fraction("-1.25e-1"), Fraction(0.1), Fraction(0.1).limit_denominator(), Fraction(Fraction(1, 2), Fraction(1, 3)))
    print(Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), Fraction(2) ** -2, Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(Fraction(7, 2), Fraction(1, 3)), -Fraction(1, 2), abs(Fraction(-1, 2)))
    print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, Fraction(1, 2) + 0.5, type(Fraction(1, 2) + 0.5).__name__, Fraction(1, 2) * 2, type(Fraction(1, 2) * 2).__name__, hash(Fraction(1, 2)) == hash(0.5))
    print(repr(Fraction(5, 10)), str(Fraction(4, 1)), f"{Fraction(1, 3)}", Fraction(5).as_integer_ratio(), Fraction(1, 3).is_integer() if hasattr(Fraction, "is_integer") else "", int(Fraction(-7, 2)), Fraction.from_float(0.25), Fraction.from_decimal(__import__("decimal").Decimal("0.75")))
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        Fraction("x/2")
    except ValueError as e:
        print("ValueError:", e)
    print(sorted([Fraction(2, 3), Fraction(1, 2), 0.6, 1]), max(Fraction(1, 3), 0.3), sum([Fraction(1, 10)] * 10) == 1, math.isclose(Fraction(1, 3), 0.3333333333))

asyncio.run(main())
