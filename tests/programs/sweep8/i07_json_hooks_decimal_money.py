import asyncio, json
from decimal import Decimal, ROUND_HALF_EVEN
from collections import OrderedDict

DATA = '{"orders": [{"id": 1, "price": "19.99", "qty": 3}, {"id": 2, "price": "0.10", "qty": 7}], "tax": 0.0825}'

async def load():
    await asyncio.sleep(0)
    return json.loads(DATA, parse_float=Decimal, object_pairs_hook=OrderedDict)

async def main():
    doc = await load()
    print(type(doc).__name__, list(doc), doc["tax"], type(doc["tax"]).__name__)
    total = Decimal(0)
    for o in doc["orders"]:
        line = Decimal(o["price"]) * o["qty"]
        total += line
        print(f"#{o['id']}: {o['qty']} x {o['price']} = {line}")
    tax = (total * doc["tax"]).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    print("subtotal", total, "tax", tax, "total", total + tax)
    print(json.dumps({"total": str(total + tax), "n": len(doc["orders"])}))
    obj = json.loads('{"a": {"b": [1, {"c": null}]}}', object_hook=lambda d: {k.upper(): v for k, v in d.items()})
    print(obj)
    print(json.dumps("snowman ☃"), json.dumps(["a", 1.0, 10**20, -0.0, 1e-7]), json.loads("1E400"), json.loads("-Infinity"))
    for bad in ('{"a" 1}', "[1, 2", "nul", '{"a": 1}}', ""):
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print(repr(bad), "->", e.msg, e.pos)

asyncio.run(main())
