import asyncio, functools
from functools import lru_cache, partial, reduce, singledispatch, wraps, cached_property, total_ordering, cache

@lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@cache
def square(x):
    return x * x

def logged(fn):
    @wraps(fn)
    async def inner(*a, **k):
        print("call", fn.__name__, a, k)
        return await fn(*a, **k)
    return inner

@logged
async def fetch(url, *, timeout=1):
    """Fetch a URL."""
    await asyncio.sleep(timeout)
    return len(url)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

class Report:
    def __init__(self, rows):
        self.rows = rows
    @cached_property
    def total(self):
        print("computing")
        return sum(self.rows)

async def main():
    print(fib(20), fib.cache_info())
    fib.cache_clear(); print(fib.cache_info(), fib.cache_parameters())
    print(square(4), square(4), square.cache_info())
    print(await fetch("http://x", timeout=0.5), fetch.__name__, fetch.__doc__, fetch.__wrapped__.__name__)
    p = partial(int, base=2)
    print(p("101"), repr(p), p.func, p.args, p.keywords)
    p2 = partial(p, "11")
    print(p2(), repr(p2))
    def power(b, e): return b ** e
    print(repr(partial(power, 2)).split(" at ")[0], partial(power, e=3)(2))
    print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [3, 9, 2], 0))
    try:
        reduce(max, [])
    except TypeError as e:
        print("TypeError:", e)
    print(describe(3), describe([1, 2]), describe("s"), describe(True))
    print(sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9)]), Version(1) >= Version(0, 9), Version(2) > Version(3))
    r = Report([1, 2, 3])
    print(r.total, r.total, r.__dict__)
    del r.total; print(r.total)
    print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
    print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
    try:
        lru_cache(maxsize="big")
    except TypeError as e:
        print("TypeError:", e)
    @lru_cache
    def g(x):
        return x
    g(1); g(1.0); g(2)
    print(g.cache_info())

asyncio.run(main())
