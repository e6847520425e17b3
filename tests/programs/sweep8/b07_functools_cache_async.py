import asyncio, functools

calls = []

@functools.lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*a, **kw)
                except ConnectionError as e:
                    print(f"  attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.1 * attempt)
            raise RuntimeError(f"{fn.__name__} gave up after {times}")
        return wrapper
    return deco

state = {"n": 0}

@retry(3)
async def flaky(ok_after):
    """Fails a few times."""
    state["n"] += 1
    if state["n"] < ok_after:
        raise ConnectionError(f"try {state['n']}")
    return "ok"

async def main():
    print([square(i) for i in (1, 2, 1, 3, 1)], calls, square.cache_info())
    print(flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)
    print(await flaky(3))
    state["n"] = 0
    try:
        await flaky(10)
    except RuntimeError as e:
        print("RuntimeError:", e, asyncio.get_running_loop().time())
    p = functools.partial(asyncio.sleep, 0.5, result="slept")
    print(p.func.__name__, p.args, p.keywords, await p())
    print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
    @functools.singledispatch
    def show(x): return f"obj {x}"
    @show.register
    def _(x: int): return f"int {x}"
    print(show(1), show("a"), show(2.0))
    class C:
        @functools.cached_property
        def heavy(self):
            print("computing")
            return 99
    c = C(); print(c.heavy, c.heavy)

asyncio.run(main())
