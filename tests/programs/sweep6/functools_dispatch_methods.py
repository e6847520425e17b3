import asyncio
from functools import singledispatchmethod, cached_property, partialmethod, update_wrapper, lru_cache
from datetime import date, datetime

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"raw:{arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:+d}"
    @fmt.register
    def _(self, arg: float):
        return f"float:{arg:.2f}"
    @fmt.register(date)
    def _(self, arg):
        return f"date:{arg:%Y/%m/%d}"
    @fmt.register(list)
    def _(self, arg):
        return "[" + ", ".join(self.fmt(a) for a in arg) + "]"

class Light:
    def __init__(self):
        self.state = "off"
    def set(self, state):
        self.state = state
        return self
    on = partialmethod(set, "on")
    off = partialmethod(set, "off")

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.values)

class CountCalls:
    def __init__(self, fn):
        update_wrapper(self, fn)
        self.fn, self.calls = fn, 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)

@CountCalls
def square(x):
    """Square it."""
    return x * x

class Repo:
    @lru_cache(maxsize=None)
    def get(self, key):
        print("  loading", key)
        return key.upper()

async def main():
    f = Formatter()
    print([f.fmt(x) for x in (3, 2.5, date(2024, 5, 6), datetime(2024, 1, 2, 3, 4), "s", [1, 1.5, None], True)])
    l = Light()
    print(l.on().state, l.off().state)
    d = Dataset([1, 2, 3])
    print(d.total, d.total, d.computed, "total" in d.__dict__)
    del d.total
    d.values.append(4)
    print(d.total, d.computed)
    print(square(3), square(4), square.calls, square.__name__, square.__doc__)
    r = Repo()
    print(r.get("a"), r.get("a"), r.get("b"), Repo.get.cache_info())
    await asyncio.sleep(0)

asyncio.run(main())
