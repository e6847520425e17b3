import asyncio
class Buffer:
    def __init__(self, cap):
        self.cap, self.items = cap, []
        self.cond = asyncio.Condition()
    async def put(self, x):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.cap)
            self.items.append(x)
            self.cond.notify_all()
    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x
async def main():
    b = Buffer(2)
    log = []
    async def prod():
        for i in range(5):
            await b.put(i)
            log.append(f"put {i}")
    async def cons():
        for _ in range(5):
            await asyncio.sleep(0.1)
            log.append(f"got {await b.get()}")
    await asyncio.gather(prod(), cons())
    print("\n".join(log))
asyncio.run(main())
