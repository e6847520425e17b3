import asyncio

PAGES = {None: (["a", "b"], "p2"), "p2": (["c"], "p3"), "p3": (["d", "e", "f"], None)}

class Paginator:
    def __init__(self):
        self.token = None
        self.buffer = []
        self.done = False
    def __aiter__(self):
        return self
    async def __anext__(self):
        while not self.buffer:
            if self.done:
                raise StopAsyncIteration
            await asyncio.sleep(0.1)
            items, self.token = PAGES[self.token]
            print(f"  fetched page -> {items}")
            self.buffer.extend(items)
            self.done = self.token is None
        return self.buffer.pop(0)

async def enumerate_async(ait, start=0):
    i = start
    async for x in ait:
        yield i, x
        i += 1

async def merge(*gens):
    q = asyncio.Queue()
    async def drain(g, tag):
        async for x in g:
            await q.put((tag, x))
        await q.put((tag, None))
    tasks = [asyncio.create_task(drain(g, i)) for i, g in enumerate(gens)]
    remaining = len(tasks)
    while remaining:
        tag, x = await q.get()
        if x is None:
            remaining -= 1
        else:
            yield tag, x

async def ticks(n, d, label):
    for i in range(n):
        await asyncio.sleep(d)
        yield f"{label}{i}"

async def main():
    async for i, item in enumerate_async(Paginator(), 1):
        print(i, item)
    print([x async for x in merge(ticks(3, 0.1, "a"), ticks(2, 0.15, "b"))])

asyncio.run(main())
