import asyncio, functools, time
from functools import lru_cache, partial, wraps, singledispatch, reduce, cached_property, total_ordering, cache

def timed(fn):
    @wraps(fn)
    async def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        r = await fn(*args, **kwargs)
        print(f"{fn.__name__}{args} took {time.perf_counter() - t0:.2f}s")
        return r
    return wrapper

@timed
async def slow_add(a, b):
    """Add slowly."""
    await asyncio.sleep(0.5)
    return a + b

@lru_cache(maxsize=3)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(str)
def _(x: str):
    return f"str {x.upper()}"

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3.14159 * self.r ** 2

async def main():
    print(await slow_add(2, 3), slow_add.__name__, slow_add.__doc__, slow_add.__wrapped__.__name__)
    print(fib(30), fib.cache_info())
    fib.cache_clear()
    print(fib.cache_info())
    print(describe(1), describe([1, 2]), describe("hi"), describe(2.5), describe(True))
    print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1")]), Version("2.0") >= Version("1.9"))
    c = Circle(2)
    print(c.area, c.area)
    p = partial(slow_add, 10)
    print(await p(5), p.func.__name__, p.args, p.keywords)
    print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
    @cache
    def sq(x):
        return x * x
    print([sq(i) for i in (2, 2, 3)], sq.cache_info())
    print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

asyncio.run(main())
