import asyncio
from dataclasses import dataclass, field

@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def take(self, name, n):
        have = self.items[name]
        if have < n:
            raise ValueError(f"only {have} {name}")
        self.items[name] = have - n
        self.log.append((name, n))

async def shopper(inv, name, want):
    await asyncio.sleep(0.01)
    inv.take(name, want)
    return f"{name}x{want}"

async def main():
    inv = Inventory({"apple": 3, "pear": 1})
    print(inv)
    res = await asyncio.gather(shopper(inv, "apple", 2), shopper(inv, "kiwi", 1),
                               shopper(inv, "pear", 2), return_exceptions=True)
    for r in res:
        print(repr(r))
    print(inv)
    await shopper(inv, "banana", 1)

asyncio.run(main())
