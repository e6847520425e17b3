import asyncio
from dataclasses import dataclass

@dataclass
class Cart:
    items: dict

    def price_of(self, sku):
        return self.items[sku] * 1.2

async def checkout(cart, skus):
    total = 0
    for s in skus:
        await asyncio.sleep(0.01)
        total += cart.price_of(s)
        print(f"added {s}: {total:.2f}")
    return total

asyncio.run(checkout(Cart({"a": 10, "b": 5}), ["a", "b", "zz"]))
