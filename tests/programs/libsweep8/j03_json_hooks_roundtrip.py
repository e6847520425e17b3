import asyncio, json
from decimal import Decimal
from collections import OrderedDict

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def encode(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"cannot encode {type(o).__name__}")

def decode(d):
    if "__point__" in d:
        return Point(*d["__point__"])
    return d

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

async def roundtrip(v):
    await asyncio.sleep(0)
    s = json.dumps(v, default=encode)
    return s, json.loads(s, object_hook=decode)

async def main():
    res = await asyncio.gather(*(roundtrip(v) for v in [Point(1, 2), [Point(3, 4), {"k": Point(5, 6)}]]))
    for s, v in res:
        print(s, "->", v)
    floats = [0.1, 1/3, 2**-1074, 1.7976931348623157e308, 123e-20, 5e-324, 1e22, 1e21, 1e-5, 100.0]
    s = json.dumps(floats)
    print(s)
    print(json.loads(s) == floats)
    print(json.loads('[1.10, 2.50, 3]', parse_float=Decimal))
    print(json.loads('[1, 2]', parse_int=float))
    print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
    print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
    print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
    print(Enc().encode({"c": 1+2j}))
    try:
        Enc().encode({"p": Point(0, 0)})
    except TypeError as e:
        print("TypeError:", e)
    try:
        json.dumps(Point(0, 0))
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({"x": 1}, indent=2, separators=(",", " = ")))
    enc = json.JSONEncoder(sort_keys=True, indent=1)
    print(list(enc.iterencode({"b": [1], "a": 2})))
    print(json.JSONDecoder().raw_decode('{"a": 1} trailing'))
    l = []
    l.append(l)
    try:
        json.dumps(l)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
