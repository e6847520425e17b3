import asyncio
from dataclasses import dataclass

@dataclass
class Move:
    x: int
    y: int

@dataclass
class Say:
    text: str

async def execute(cmd):
    await asyncio.sleep(0)
    match cmd:
        case {"op": "add", "args": [a, b]}:
            return a + b
        case {"op": "neg", "args": [a]} if a > 0:
            return -a
        case Move(x=0, y=0):
            return "stay"
        case Move(x, y) if x == y:
            return f"diagonal {x}"
        case Move():
            return f"move {cmd.x},{cmd.y}"
        case Say(text=str() as t) if t.startswith("!"):
            return t.upper()
        case Say(t):
            return t
        case [first, *rest]:
            return f"list {first} +{len(rest)}"
        case str() | bytes():
            return "text"
        case int(n) | float(n) if n < 0:
            return "negative"
        case None:
            return "nothing"
        case _:
            return f"unknown {cmd!r}"

async def main():
    cmds = [{"op": "add", "args": [2, 3]}, {"op": "neg", "args": [5]}, {"op": "neg", "args": [-5]},
            Move(0, 0), Move(2, 2), Move(1, 3), Say("!hi"), Say("hey"), [1, 2, 3], (), "s", b"b",
            -1.5, 7, None, {"op": "add", "args": [1]}]
    for c, r in zip(cmds, await asyncio.gather(*map(execute, cmds))):
        print(repr(c), "->", r)
    try:
        match Say("x"):
            case Say(a, b):
                pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
