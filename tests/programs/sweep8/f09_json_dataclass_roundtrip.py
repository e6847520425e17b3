import asyncio, json
from dataclasses import dataclass, asdict, field
from datetime import date

@dataclass
class Address:
    city: str
    zip: str

@dataclass
class Person:
    name: str
    born: date
    address: Address
    emails: list[str] = field(default_factory=list)

    @classmethod
    def from_dict(cls, d):
        return cls(d["name"], date.fromisoformat(d["born"]), Address(**d["address"]), d.get("emails", []))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)

async def save(p):
    await asyncio.sleep(0.01)
    return json.dumps(asdict(p), cls=Enc)

async def load(s):
    await asyncio.sleep(0.01)
    return Person.from_dict(json.loads(s))

async def main():
    people = [Person("Ann", date(1990, 5, 17), Address("Oslo", "0150"), ["a@x.no"]),
              Person("Bo", date(2001, 1, 2), Address("Rome", "00100"))]
    blobs = await asyncio.gather(*map(save, people))
    for b in blobs:
        print(b)
    back = await asyncio.gather(*map(load, blobs))
    print(back == people, back[1])
    try:
        json.dumps(people[0])
    except TypeError as e:
        print("TypeError:", e)
    try:
        await load('{"name": "X", "born": "1990-13-01", "address": {"city": "c", "zip": "z"}}')
    except ValueError as e:
        print("ValueError:", e)
    try:
        await load('{"name": "X", "born": "1990-01-01", "address": {"city": "c"}}')
    except TypeError as e:
        print("TypeError:", e)
    print(json.dumps({"b": 1, "a": [1.0, 2.5, None, True]}, separators=(",", ":")), json.loads("[1e2, -0, 3.0]"))
    print(json.dumps({1: "int key", "nan": float("nan")}), json.loads('"\\u00e9\\n"'))

asyncio.run(main())
