import asyncio, dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar

@dataclass
class Item:
    sku: str
    qty: int = 1
    price: float = 0.0
    tags: list = field(default_factory=list)

@dataclass(order=True)
class Order:
    priority: int
    id: int = field(compare=False)
    items: list[Item] = field(default_factory=list, repr=False)
    note: str = field(default="", compare=False)

@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

@dataclass
class Invoice:
    order: Order
    total: Money
    lines: dict = field(default_factory=dict)
    discount: InitVar[float] = 0.0
    def __post_init__(self, discount):
        self.final = self.total.amount * (1 - discount)

async def handle(order):
    await asyncio.sleep(order.priority / 10)
    return Invoice(order, Money(sum(int(i.qty * i.price) for i in order.items)), {"n": len(order.items)}, discount=0.1)

async def main():
    orders = [Order(2, 1, [Item("a", 2, 3.5)]), Order(1, 2, [Item("b", price=10.0, tags=["x"])]), Order(2, 3)]
    print(sorted(orders))
    print(orders[0] == Order(2, 99), orders[0] < orders[1], orders[0] <= orders[2])
    invs = await asyncio.gather(*(handle(o) for o in orders))
    for inv in invs:
        print(inv, inv.final)
    print(asdict(invs[0]))
    print(astuple(invs[1]))
    print(replace(orders[0], priority=5, note="urgent"))
    m = Money(5)
    try:
        m.amount = 6
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))
    try:
        del m.currency
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    print(hash(m) == hash(Money(5, "EUR")), m, repr(m), {m: 1})
    print([f.name for f in fields(Invoice)], is_dataclass(m), is_dataclass(Money))
    f = fields(Item)[3]
    print(f.name, f.type, f.default_factory, f.metadata, f.kw_only, f.init, f.repr, f.hash, f.compare)
    f2 = field(metadata={"unit": "kg"})
    print(f2.metadata, type(f2.metadata).__name__, f2.default is dataclasses.MISSING)
    try:
        Item()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Item("a", 1, 2, [], 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        replace(m, value=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        @dataclass
        class Bad:
            x: list = []
    except ValueError as e:
        print("ValueError:", e)
    try:
        @dataclass
        class Bad2:
            x: int = 1
            y: int
    except TypeError as e:
        print("TypeError:", e)
    try:
        orders[0] < m
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
