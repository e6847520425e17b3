import asyncio
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, InvalidOperation, DivisionByZero, Context

async def main():
    await asyncio.sleep(0)
    prices = [Decimal("19.99"), Decimal("5.01"), Decimal("0.10")]
    total = sum(prices)
    tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"))
    print(total, tax, total + tax, sum(prices, Decimal(0)) / 3, (total / 3).quantize(Decimal("0.001"), rounding=ROUND_DOWN))
    print(Decimal("1.1") + Decimal("2.2"), Decimal(1.1), Decimal("3.14159").quantize(Decimal("1.00"), ROUND_HALF_EVEN), Decimal("2.5").to_integral_value(), Decimal("-2.5").quantize(Decimal(1), ROUND_CEILING))
    print(Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize(), Decimal("0.00").normalize(), Decimal("-0"), Decimal("1.000").as_tuple(), Decimal("123.45").as_integer_ratio())
    print(Decimal("10") ** 20, Decimal(2).sqrt(), Decimal(10).ln(), Decimal("100").log10(), Decimal(1).exp(), Decimal("7") % Decimal("3"), Decimal("-7") // Decimal("2"), divmod(Decimal("7.5"), 2))
    with localcontext() as ctx:
        ctx.prec = 5
        print(Decimal(1) / Decimal(7), Decimal("123456789") * 1, +Decimal("1.234567"))
    print(getcontext().prec, Decimal(1) / Decimal(3))
    for bad in ["abc", "1/0"]:
        try:
            if bad == "abc":
                Decimal(bad)
            else:
                Decimal(1) / Decimal(0)
        except (InvalidOperation, DivisionByZero) as e:
            print(type(e).__name__, e)
    print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal("1.50") == Decimal("1.5"), hash(Decimal("1.5")) == hash(1.5), Decimal(5) == 5, Decimal("0.1") == 0.1, max(Decimal("1"), Decimal("1.0")))
    print(f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000012'):.2e}", f"{Decimal('42'):>8}", f"{Decimal('-3.1'):+.3f}", f"{Decimal('1.5'):%}", str(Decimal("1E-7")), repr(Decimal("1E-7")), Decimal("1E-7") * 10)
    print(Decimal("12.345").scaleb(2), Decimal("12.3").adjusted(), Decimal("-1.5").copy_abs(), Decimal("1.5").copy_sign(Decimal("-1")), Decimal("0.1").fma(10, 1), Decimal(7).compare(Decimal(8)), Decimal("1.2").max(Decimal("1.20")))
    c = Context(prec=3, rounding=ROUND_DOWN)
    print(c.divide(Decimal(2), Decimal(3)), c.add(Decimal("1.234"), Decimal("1")), Decimal("3.14159").__round__(2), round(Decimal("2.675"), 2), int(Decimal("-3.9")), float(Decimal("0.1")))

asyncio.run(main())
