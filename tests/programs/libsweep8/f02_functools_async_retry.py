import asyncio, functools

def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError as e:
                    print(f"{fn.__qualname__} attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.1 * attempt)
            raise RuntimeError(f"{fn.__name__} gave up after {times}")
        return wrapper
    return deco

class Client:
    def __init__(self):
        self.calls = 0
    @retry(3)
    async def get(self, path):
        """GET a path."""
        self.calls += 1
        if self.calls < 3:
            raise ConnectionError(f"reset #{self.calls}")
        return f"200 {path}"

@retry(2)
async def never():
    raise ConnectionError("down")

@functools.lru_cache(maxsize=None)
def parse_route(route):
    print("parsing", route)
    return tuple(route.strip("/").split("/"))

async def main():
    c = Client()
    print(await c.get("/x"), c.calls, Client.get.__name__, Client.get.__doc__, Client.get.__qualname__, Client.get.__wrapped__.__qualname__)
    try:
        await never()
    except RuntimeError as e:
        print("RuntimeError:", e)
    for r in ["/a/b", "/a/b", "/c"]:
        print(parse_route(r))
    print(parse_route.cache_info(), parse_route.__wrapped__("/z/"))
    send = functools.partial(print, "LOG:", sep=" | ")
    send("one", "two")
    print(repr(send))
    adder = functools.partial(lambda a, b, c: a + b + c, 1, c=3)
    print(adder(2), adder.args, adder.keywords)
    tasks = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (0.3, 0.1, 0.2)]
    print(functools.reduce(lambda acc, t: acc + t, [await t for t in tasks], 0))
    try:
        functools.partial()
    except TypeError as e:
        print("TypeError:", e)
    try:
        functools.partial(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
