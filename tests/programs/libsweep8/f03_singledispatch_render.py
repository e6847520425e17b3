import asyncio
from functools import singledispatch, singledispatchmethod, total_ordering, cached_property, reduce
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

@singledispatch
def render(obj):
    return f"<{type(obj).__name__}>"

@render.register
def _(obj: str):
    return repr(obj)

@render.register
def _(obj: list):
    return "[" + ", ".join(render(x) for x in obj) + "]"

@render.register(int)
@render.register(float)
def _(obj):
    return f"{obj:,}"

@render.register
def _(obj: date):
    return obj.strftime("%d.%m.%Y")

@render.register(dict)
def _(obj):
    return "{" + ", ".join(f"{render(k)}: {render(v)}" for k, v in obj.items()) + "}"

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"
    @fmt.register
    def _(self, arg: bool):
        return "yes" if arg else "no"
    @fmt.register
    def _(self, arg: int):
        return f"#{arg}"

@total_ordering
@dataclass(eq=True)
class Score:
    points: int
    def __lt__(self, other):
        if not isinstance(other, Score):
            return NotImplemented
        return self.points < other.points

class Dataset:
    def __init__(self, values):
        self.values = values
    @cached_property
    def summary(self):
        return {"n": len(self.values), "sum": sum(self.values)}

async def main():
    await asyncio.sleep(0)
    items = [1234567, 2.5, "x", [1, "y", [date(2024, 5, 1)]], {"k": Decimal("1.5")}, None, True]
    for it in items:
        print(render(it))
    print(render.dispatch(bool).__name__, render.dispatch(object) is render.registry[object], sorted(t.__name__ for t in render.registry))
    f = Formatter()
    print(f.fmt(True), f.fmt(5), f.fmt("s"))
    scores = [Score(3), Score(1), Score(2)]
    print(sorted(scores), Score(1) <= Score(1), Score(2) >= Score(3), Score(2) > Score(1), max(scores))
    try:
        Score(1) < 5
    except TypeError as e:
        print("TypeError:", e)
    d = Dataset([1, 2, 3])
    print(d.summary, d.summary is d.summary, "summary" in vars(d))
    try:
        Dataset.summary.__set_name__(Dataset, "other")
    except TypeError as e:
        print("TypeError:", e)
    class Slotted:
        __slots__ = ("a",)
        @cached_property
        def b(self):
            return 1
    try:
        Slotted().b
    except TypeError as e:
        print("TypeError:", e)
    print(reduce(lambda acc, s: acc + s.points, scores, 0))

asyncio.run(main())
