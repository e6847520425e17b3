import asyncio
from dataclasses import dataclass, field, asdict
from typing import Optional

@dataclass
class Location:
    aisle: int
    shelf: str

@dataclass
class Product:
    name: str
    price: float
    stock: int = 0
    where: Optional[Location] = None
    history: list = field(default_factory=list, repr=False)

    @property
    def value(self):
        return self.price * self.stock

@dataclass(order=True, frozen=True)
class Restock:
    due: float
    product: str = field(compare=False)
    qty: int = field(compare=False, default=10)

async def deliver(r, products):
    await asyncio.sleep(r.due)
    p = products[r.product]
    p.stock += r.qty
    p.history.append(r)
    print(f"t={asyncio.get_running_loop().time():.1f} {r}")

async def main():
    products = {
        "bolt": Product("bolt", 0.1, 100, Location(3, "B")),
        "nut": Product("nut", 0.05),
        "gear": Product("gear", 12.5, 2, Location(7, "A")),
    }
    plan = sorted([Restock(2.0, "gear", 3), Restock(0.5, "nut"), Restock(1.0, "bolt", 50), Restock(0.5, "gear")])
    print(plan)
    await asyncio.gather(*(deliver(r, products) for r in plan))
    for p in products.values():
        print(p, round(p.value, 2), len(p.history))
    print(asdict(products["gear"]))
    print(products["bolt"] == Product("bolt", 0.1, 150, Location(3, "B"), []), Location(1, "a") == (1, "a"))
    try:
        plan[0].qty = 1
    except AttributeError as e:
        print(type(e).__name__, e)
    print(sorted(products.values(), key=lambda p: p.value, reverse=True)[0].name)

asyncio.run(main())
