import asyncio

class Counter:
    total = 0
    __slots__ = ("name", "count")
    def __init__(self, name):
        self.name = name
        self.count = 0
    async def tick(self):
        await asyncio.sleep(0)
        self.count += 1
        Counter.total += 1

class Config:
    debug = False
    items = []
    def add(self, x):
        self.items.append(x)

async def main():
    cs = [Counter(n) for n in "ab"]
    await asyncio.gather(*(c.tick() for c in cs for _ in range(3)))
    print([(c.name, c.count) for c in cs], Counter.total)
    try:
        cs[0].extra = 1
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        cs[0].total = 5
    except AttributeError as e:
        print("AttributeError:", e)
    a, b = Config(), Config()
    a.add(1); b.add(2)
    a.debug = True
    print(a.items, b.items, a.items is Config.items, a.debug, b.debug, Config.debug, vars(a), vars(b))
    print(hasattr(a, "debug"), getattr(b, "missing", "dflt"), Config.__dict__["debug"], "add" in dir(a))
    try:
        print(cs[0].__dict__)
    except AttributeError as e:
        print("AttributeError:", e)
    class Empty: pass
    e = Empty()
    e.x = 1
    print(e.__dict__, Empty.__name__, Empty.__qualname__, Empty.__module__, type(e).__mro__)

asyncio.run(main())
