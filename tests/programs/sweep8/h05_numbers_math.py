import asyncio, math
from decimal import Decimal, ROUND_HALF_UP, getcontext
from fractions import Fraction

async def compute(expr):
    await asyncio.sleep(0)
    return eval(expr)

async def main():
    exprs = ["0.1 + 0.2", "1 / 3", "2 ** 100", "10 // 3", "-7 // 2", "-7 % 3", "7.5 // 2", "divmod(-7, 2)",
             "1e300 * 1e10", "float('nan') == float('nan')", "round(2.5)", "round(-0.5)", "abs(-3+4j)",
             "int('0x1f', 16)", "int('1_000')", "0o17 + 0b101", "1/7", "3.0 * 1.1", "100 / 10", "2 ** 0.5",
             "math.pi", "math.sqrt(2)", "math.floor(-1.5)", "math.ceil(1.2)", "math.gcd(12, 18)", "math.factorial(20)",
             "math.isclose(0.1 + 0.2, 0.3)", "math.log(8, 2)", "math.comb(10, 3)", "math.hypot(3, 4)", "math.inf - 1",
             "1.0e-7", "123456789.123456789", "float(10**16)", "1.5e-5", "-0.0", "5e-324", "1.7976931348623157e308"]
    for e, r in zip(exprs, await asyncio.gather(*map(compute, exprs))):
        print(f"{e:32} -> {r!r}")
    getcontext().prec = 10
    print(Decimal(1) / Decimal(7), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("0.1") * 3)
    print(Fraction(22, 7) - 3, Fraction("0.25"), Fraction(1, 3) ** 2, float(Fraction(1, 8)), Fraction(0.5))
    print(int(3.99), int(-3.99), float("  12.5 "), str(1e22), str(1e21), 1e15, repr(1.0), 12345678901234567890 * 98765432109876543210)
    print(f"{math.e:.15f}", (0.1).as_integer_ratio(), (2.5).is_integer(), (255).bit_length(), (10).to_bytes(2, "big"), hex(-255))
    try:
        math.sqrt(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        1.0 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        10 ** 400 * 1.0
    except OverflowError as e:
        print("OverflowError:", e)

asyncio.run(main())
