import asyncio, math, sys
from decimal import Decimal, getcontext, ROUND_HALF_UP, InvalidOperation, DivisionByZero
from fractions import Fraction

async def price(item, cents):
    await asyncio.sleep(0)
    return item, Decimal(cents) / 100

async def main():
    ps = await asyncio.gather(price("a", 1999), price("b", 5), price("c", 100000))
    for item, p in ps:
        print(item, p, repr(p), f"{p:.2f}", f"{p:>10,}", p.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    print(sum(p for _, p in ps), Decimal("1.10") + Decimal("2.20"), Decimal("1.30") * 3, Decimal(1) / 3, Decimal("10") / 4)
    print(Decimal(0.1), Decimal("1e3"), Decimal("1E+3") + 0, Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("123.4500").normalize())
    print(Decimal("2").sqrt(), Decimal(7) // 2, Decimal(-7) // 2, Decimal(-7) % 2, Decimal("1.2345").as_tuple(), round(Decimal("2.675"), 2))
    try:
        Decimal("abc")
    except InvalidOperation as e:
        print("InvalidOperation:", e)
    try:
        Decimal(1) / 0
    except DivisionByZero as e:
        print("DivisionByZero:", e)
    try:
        Decimal(1) + 1.5
    except TypeError as e:
        print("TypeError:", e)
    print(getcontext().prec, Decimal("1.5") < 2, Decimal("0.1") == 0.1, int(Decimal("-3.9")), float(Decimal("1.1")))
    f = Fraction(3, 4)
    print(f, repr(f), f + Fraction(1, 6), f * 2, f ** 2, f ** -1, Fraction("0.125"), Fraction(0.1), Fraction(1.5).limit_denominator(), Fraction(math.pi).limit_denominator(100))
    print(f"{f}", float(f), round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(-7, 3) // 1, f < 1, f == 0.75, Fraction(6, -4), Fraction("3/9"))
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        Fraction("x/2")
    except ValueError as e:
        print("ValueError:", e)
    for v in [0.1 + 0.2, 1/3, 2/3, 1e16, 1e-5, 123456789012345678.0, 5e-324, 1.0, -0.0, 100.0, 1e100, 0.000123, float("nan"), -float("inf"), 3.0e15, 12345678.9]:
        print(repr(v), str(v), round(v, 2) if math.isfinite(v) else v, v.is_integer(), v.hex() if math.isfinite(v) else "")
    print(round(2.5), round(3.5), round(-2.5), round(1.25, 1), round(1234, -2), round(0.5), round(2.675, 2), round(15, -1), round(25, -1))
    print(int("1_000"), int(" 42 "), int("ff", 16), int("0b101", 0), int(3.99), int(-3.99), int("٣"), 10**25, -(10**25) // 7, 7 % -3, divmod(-7, 2), pow(3, -1, 7))
    for bad in ["1.5", "", "0x", "1__0", "12a"]:
        try:
            int(bad)
        except ValueError as e:
            print("ValueError:", e)
    print(float("1e500"), float(" -inf "), float("1_0.5"), float.fromhex("0x1.8p1"), (0.5).as_integer_ratio(), (10).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
    try:
        float("abc")
    except ValueError as e:
        print("ValueError:", e)
    try:
        int(float("inf"))
    except OverflowError as e:
        print("OverflowError:", e)
    print(sys.float_info.max, sys.float_info.epsilon, sys.maxsize, math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(1.0, 1.0 + 1e-10))

asyncio.run(main())
