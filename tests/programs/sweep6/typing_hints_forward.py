import asyncio
from typing import get_type_hints, Optional, List, Dict
from dataclasses import dataclass, make_dataclass, field, fields, KW_ONLY
class Node:
    value: int
    next: Optional["Node"] = None
    children: List["Node"]
def link(a: "Node", b: "int" = 0) -> "Optional[Node]":
    return None
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1
@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=5)
    c: int = 3
async def main():
    await asyncio.sleep(0)
    print(get_type_hints(Node))
    print(get_type_hints(link))
    print(Node.__annotations__, link.__annotations__)
    print(Options(level=3), Mixed(1, 2), Mixed(1, c=4, b=0))
    try:
        Options(True)
    except TypeError as e:
        print("TypeError:", e)
    P = make_dataclass("P", [("x", int), "z", ("y", int, field(default=0))], namespace={"norm": lambda self: abs(self.x) + abs(self.y)})
    p = P(3, "zz", -4)
    print(p, p.norm(), [f.name for f in fields(P)], P.__name__)
    print(get_type_hints(Options), get_type_hints(P))
asyncio.run(main())
