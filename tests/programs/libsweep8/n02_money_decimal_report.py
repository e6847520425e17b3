import asyncio
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, localcontext, Context, Inexact

PRICES = {"widget": "19.99", "gadget": "5.005", "doohickey": "0.10"}

async def order(item, qty, rate):
    await asyncio.sleep(qty / 10)
    net = Decimal(PRICES[item]) * qty
    tax = (net * Decimal(rate)).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    return item, qty, net, tax

async def main():
    rows = await asyncio.gather(order("widget", 3, "0.2"), order("gadget", 7, "0.075"), order("doohickey", 1, "0"))
    total = Decimal(0)
    for item, qty, net, tax in rows:
        total += net + tax
        print(f"{item:<10}{qty:>3} {net:>10.2f} {tax:>8} {net + tax!s:>10}")
    print(f"{'TOTAL':<13} {total:>10.2f}", repr(total), total.quantize(Decimal("1."), rounding=ROUND_DOWN), total.quantize(Decimal("1"), rounding=ROUND_CEILING))
    print(Decimal("5.005").quantize(Decimal("0.01")), Decimal("5.015").quantize(Decimal("0.01")), Decimal("-5.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN))
    with localcontext() as ctx:
        ctx.prec = 5
        print(Decimal(1) / 7, Decimal("123456789") + 0, +Decimal("1.23456789"))
    ctx = Context(prec=3, traps=[Inexact])
    try:
        ctx.divide(Decimal(1), Decimal(3))
    except Inexact as e:
        print("Inexact:", type(e).__name__, e)
    print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('1e-10'):f}", f"{Decimal('1.5e3'):e}", f"{Decimal('-0.000'):g}", format(Decimal("12.5"), "08.2f"))
    print(Decimal("1.20") == Decimal("1.2"), hash(Decimal("1.5")) == hash(1.5), Decimal("3").compare(Decimal("2")), Decimal("2.50").to_integral_value(), Decimal("7.3").adjusted(), Decimal(10).log10(), Decimal(2).exp())
    print(sorted([Decimal("1.1"), Decimal("0.9"), Decimal("1.10")]), max(Decimal("1"), 2), sum([Decimal("0.1")] * 3) == Decimal("0.3"))
    print(Decimal((0, (1, 2, 3), -2)), Decimal(" 7 "), Decimal("1_000.5"), Decimal(-3).copy_abs(), Decimal("sNaN").is_snan(), Decimal(5).is_signed(), str(Decimal("1E+2")), Decimal("100").normalize())

asyncio.run(main())
