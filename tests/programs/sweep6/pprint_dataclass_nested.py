import asyncio, pprint
from dataclasses import dataclass, field
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple
@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
@dataclass
class Order:
    id: int
    items: list
    note: str = ""
P = namedtuple("P", "x y")
async def main():
    await asyncio.sleep(0)
    o = Order(7, [Item("widget", ["a", "b"] * 5, {"weight": 1.25, "dims": [10, 20, 30]}), Item("gadget")], note="x" * 50)
    pprint.pprint(o)
    pprint.pprint(o, width=40)
    pprint.pprint([OrderedDict(a=1, b=2), defaultdict(int, {"k": 1}), Counter("hello world"), deque(range(30)), P(1, 2), {1, 2, 3}, frozenset({4}), (1,), b"bytes" * 20, range(5)], width=60)
    pprint.pprint({"long_key_" + str(i): list(range(i)) for i in range(8)}, width=50, compact=True)
    print(pprint.pformat(o, depth=1), pprint.pformat("a b " * 30, width=30))
    pprint.pprint([[[[["deep"]]]]], depth=3)
asyncio.run(main())
