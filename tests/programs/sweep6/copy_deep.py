import asyncio, copy
from dataclasses import dataclass, field

@dataclass
class Cfg:
    name: str
    opts: dict = field(default_factory=dict)
    tags: list = field(default_factory=list)

class Custom:
    def __init__(self, v):
        self.v = v
        self.calls = 0
    def __copy__(self):
        c = Custom(self.v)
        c.calls = -1
        return c
    def __deepcopy__(self, memo):
        c = Custom(copy.deepcopy(self.v, memo))
        c.calls = -2
        return c

async def main():
    await asyncio.sleep(0)
    base = Cfg("base", {"retries": 3, "hosts": ["a"]}, ["x"])
    shallow = copy.copy(base)
    deep = copy.deepcopy(base)
    shallow.opts["hosts"].append("b")
    deep.opts["hosts"].append("c")
    print(base, shallow, deep, sep="\n")
    lst = [1, [2, 3]]
    lst.append(lst)
    d = copy.deepcopy(lst)
    print(d[2] is d, d[1] is not lst[1], repr(lst))
    c = Custom([1])
    print(copy.copy(c).calls, copy.deepcopy(c).calls, copy.deepcopy(c).v is not c.v)
    print(copy.replace if hasattr(copy, "replace") else "no replace", copy.copy((1, 2)), copy.deepcopy({"a": (1, [2])}))

asyncio.run(main())
