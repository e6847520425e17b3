import asyncio

class Pool:
    def __init__(self, size):
        self.size = size
        self.free = asyncio.Queue()
        self.log = []
    async def __aenter__(self):
        for i in range(self.size):
            await self.free.put(f"conn{i}")
        self.log.append("pool open")
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append(f"pool close ({et.__name__ if et else None})")
        return et is KeyError
    def acquire(self):
        pool = self
        class _Ctx:
            async def __aenter__(self):
                self.c = await pool.free.get()
                pool.log.append(f"+{self.c}")
                return self.c
            async def __aexit__(self, *exc):
                pool.log.append(f"-{self.c}")
                await pool.free.put(self.c)
        return _Ctx()

async def use(pool, i):
    async with pool.acquire() as c:
        await asyncio.sleep(0.1 * (i % 2 + 1))
        return f"q{i} on {c}"

async def main():
    async with Pool(2) as pool:
        print(await asyncio.gather(*(use(pool, i) for i in range(5))))
    print(pool.log)
    async with Pool(1) as p2:
        raise KeyError("swallowed")
    print("after swallowed", p2.log[-1])
    try:
        async with Pool(1) as p3:
            raise ValueError("escapes")
    except ValueError as e:
        print("escaped", e, p3.log[-1])
    class Timer:
        def __enter__(self):
            self.t = asyncio.get_event_loop().time()
            return self
        def __exit__(self, *a):
            self.elapsed = asyncio.get_event_loop().time() - self.t
    with Timer() as t:
        await asyncio.sleep(0.75)
    print(f"{t.elapsed:.2f}")

asyncio.run(main())
