import asyncio, json
from datetime import date
from decimal import Decimal

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    return d

async def api(payload):
    await asyncio.sleep(0.05)
    req = json.loads(payload, object_hook=hook)
    return json.dumps({"echo": req, "ok": True}, cls=Encoder)

async def main():
    data = {"when": date(2024, 1, 2), "tags": {"b", "a"}, "price": Decimal("9.99"), "n": None, "f": 1.5, "big": 10**20, "u": "héllo ☃", "nested": [1, [2, {"k": True}]]}
    s = json.dumps(data, cls=Encoder)
    print(s)
    print(await api(s))
    print(json.dumps(data, cls=Encoder, indent=2, sort_keys=True, ensure_ascii=False))
    print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, indent="\t"), json.dumps("\u2603\n\"q\""))
    print(json.dumps(float("inf")), json.dumps({1: "int key", True: "b", None: "n", 2.5: "f"}), json.dumps((1, 2)))
    print(json.loads('{"a": [1, 2.0, -3e2, true, false, null, "x\\u00e9"]}'))
    print(json.loads("1.0"), json.loads('"s"'), json.loads("[]"), json.loads(" 5 "), json.loads("NaN"))
    print(json.loads('{"x": 1.5}', parse_float=Decimal), json.loads('[1, 2]', parse_int=str), json.loads('{"a":1,"a":2}'))
    print(json.loads('[["a", 1], ["b", 2]]', object_pairs_hook=None), json.loads('{"b":1,"a":2}', object_pairs_hook=list))
    for bad in ['{"a": }', "[1, 2", "{'a': 1}", "", '{"a" 1}', "[1,]"]:
        try:
            json.loads(bad)
        except json.JSONDecodeError as e:
            print(f"{bad!r}: {e} | {e.msg} {e.pos} {e.lineno} {e.colno}")
    try:
        json.dumps(object())
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.dumps({"s": {1, 2}})
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.dumps({(1, 2): 3})
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent=1))
    print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=2))

asyncio.run(main())
