import asyncio

class Counter:
    def __init__(self):
        self.count = 0
    async def increment(self):
        await asyncio.sleep(0)
        self.count += 1

async def main():
    c = Counter()
    await asyncio.gather(*(c.increment() for _ in range(5)))
    print(c.count)
    await c.incremnt()

asyncio.run(main())
