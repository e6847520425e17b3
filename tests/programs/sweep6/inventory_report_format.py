import asyncio
from dataclasses import dataclass
from decimal import Decimal

@dataclass
class Line:
    sku: str
    desc: str
    qty: int
    price: Decimal

async def load():
    await asyncio.sleep(0.1)
    return [Line("A-1", "Widget", 12, Decimal("3.50")), Line("B-22", "Gadget with long name", 1, Decimal("129.99")), Line("C-333", "Thing", 250, Decimal("0.05"))]

async def main():
    lines = await load()
    header = f"{'SKU':<6}|{'Description':^20}|{'Qty':>5}|{'Price':>9}|{'Total':>10}"
    print(header)
    print("-" * len(header))
    grand = Decimal(0)
    for l in lines:
        total = l.qty * l.price
        grand += total
        desc = l.desc if len(l.desc) <= 20 else l.desc[:17] + "..."
        print(f"{l.sku:<6}|{desc:^20}|{l.qty:>5d}|{l.price:>9.2f}|{total:>10,.2f}")
    print(f"{'TOTAL':<6}|{'':^20}|{sum(l.qty for l in lines):>5}|{'':>9}|{grand:>10,.2f}")
    print(f"{grand:.1f} {grand:e} {grand:%} {Decimal('1234567.891'):,} {Decimal('-0.5'):+.3f} {Decimal('7'):08.2f}")
    print(round(Decimal("2.5")), round(Decimal("3.14159"), 2), Decimal("10") / 3, Decimal("1.30") * 2, Decimal(0.1))
    print(f"{3.5:>+8.2f}|{-3.5:<8.1f}|{1e6:>12,.0f}|{0.000123:.2e}|{12.0:g}|{12.5:G}|{1234.5:=+10.1f}")

asyncio.run(main())
