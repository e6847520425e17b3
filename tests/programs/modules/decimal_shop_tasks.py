# A shop's checkout: each till is an asyncio task that totals its baskets with
# Decimal (money never goes through float) and rounds in its own local context.
import asyncio
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, localcontext, getcontext, InvalidOperation

CENT = Decimal("0.01")
PRICES = {"apple": Decimal("0.35"), "bread": Decimal("2.49"), "milk": Decimal("1.15"),
          "cheese": Decimal("7.999"), "tea": Decimal("3.10")}
VAT = Decimal("0.2")


async def till(name, baskets, rounding, prec):
    with localcontext(prec=prec, rounding=rounding) as ctx:
        total = Decimal(0)
        for basket in baskets:
            await asyncio.sleep(0.1)
            subtotal = sum(PRICES[item] * qty for item, qty in basket)
            with_vat = (subtotal * (1 + VAT)).quantize(CENT)
            total += with_vat
            print(f"{name}: basket {subtotal} -> {with_vat} ({ctx.rounding}, prec {getcontext().prec})")
        share = total / 3
        print(f"{name}: total {total}, a third {share}, flags {sorted(k.__name__ for k, v in ctx.flags.items() if v)}")
        return name, total


async def main():
    print("before:", getcontext().prec, getcontext().rounding)
    results = await asyncio.gather(
        till("till-1", [[("apple", 3), ("bread", 1)], [("cheese", 2)]], ROUND_HALF_UP, 28),
        till("till-2", [[("milk", 2), ("tea", 1)], [("apple", 7), ("cheese", 1)]], ROUND_DOWN, 6),
        till("till-3", [[("tea", 3)], [("bread", 2), ("milk", 1)], [("apple", 1)]], ROUND_HALF_UP, 4),
    )
    grand = sum(total for _, total in results)
    print("grand total:", grand, f"{grand:>12,.2f}", f"{grand:.3e}", f"{grand / 100:.1%}")
    print("after:", getcontext().prec, getcontext().rounding)
    print("money rounding:", Decimal("1.005").quantize(CENT, rounding=ROUND_HALF_UP),
          Decimal("1.005").quantize(CENT), round(Decimal("2.675"), 2), float(Decimal("2.675")))
    print("exact:", Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal(10) ** -3, Decimal(2).sqrt())
    try:
        Decimal("12,50")
    except InvalidOperation as e:
        print("bad price:", type(e).__name__, e)
    try:
        print(Decimal("1.5") + 1.5)
    except TypeError as e:
        print("TypeError:", e)
    print(Decimal(1) / 0)


asyncio.run(main())
