import asyncio, json
from enum import Enum, IntEnum, auto, Flag

class Level(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = auto()

class Color(Enum):
    RED = "r"
    GREEN = "g"

class Perm(Flag):
    R = 4
    W = 2
    X = 1

raw = '{"name": "svc", "level": 2, "color": "g", "perm": 6, "tags": ["a", "b"], "ratio": 1.5e3, "none": null}'

async def load(text):
    await asyncio.sleep(0)
    return json.loads(text)

async def main():
    cfg = await load(raw)
    print(cfg)
    lvl = Level(cfg["level"])
    print(lvl, repr(lvl), lvl.name, lvl + 1, Level.HIGH > lvl)
    c = Color(cfg["color"])
    print(c, repr(c), c.value)
    p = Perm(cfg["perm"])
    print(p, repr(p), Perm.R in p, Perm.X in p, list(Perm))
    out = dict(cfg, level=lvl, color=c.value)
    print(json.dumps(out, sort_keys=True))
    print(json.dumps(out, indent=2))
    try:
        json.dumps({"c": c})
    except TypeError as e:
        print("TypeError:", e)
    try:
        Color("blue")
    except ValueError as e:
        print("ValueError:", e)
    try:
        await load('{"a": 1,}')
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
    print(json.dumps({"k": c}, default=lambda o: o.name))
    print(json.dumps([1, "é", "\n"], ensure_ascii=False), json.dumps("é"))

asyncio.run(main())
