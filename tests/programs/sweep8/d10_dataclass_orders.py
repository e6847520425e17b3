import asyncio
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import ClassVar

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    qty: int = 1
    tags: list = field(default_factory=list, repr=False)
    count: ClassVar[int] = 0

    def __post_init__(self):
        Item.count += 1
        if self.qty < 0:
            raise ValueError(f"negative qty for {self.name}")

    @property
    def total(self):
        return self.price * self.qty

@dataclass(frozen=True)
class Coupon:
    code: str
    pct: int = 10

async def price_all(items):
    await asyncio.sleep(0)
    return sum(i.total for i in items)

async def main():
    items = [Item(2.5, "pen", 4), Item(10.0, "book"), Item(0.5, "clip", 10, ["small"])]
    print(items)
    print(sorted(items), max(items).name, Item(1, "a") == Item(1, "b"))
    print(await price_all(items), Item.count)
    print(asdict(items[2]), astuple(items[0]), [f.name for f in fields(Item)])
    c = Coupon("SAVE")
    print(c, replace(c, pct=20), hash(c) == hash(Coupon("SAVE")))
    try:
        c.pct = 50
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    try:
        Item(1.0, "bad", -1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Item()
    except TypeError as e:
        print("TypeError:", e)
    try:
        items[0] < Coupon("x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        @dataclass
        class Bad:
            a: int = 1
            b: int
    except TypeError as e:
        print("TypeError:", e)
    try:
        @dataclass
        class Bad2:
            a: list = []
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
