import asyncio

class Buffer:
    def __init__(self, cap):
        self.items = []
        self.cap = cap
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

async def producer(buf, n):
    for i in range(n):
        await buf.put(i)
        print("put", i, buf.items)

async def consumer(buf, name, n):
    got = []
    for _ in range(n):
        got.append(await buf.get())
        await asyncio.sleep(0.1)
    print(name, "got", got)

async def main():
    buf = Buffer(2)
    await asyncio.gather(producer(buf, 6), consumer(buf, "c1", 3), consumer(buf, "c2", 3))
    cond = asyncio.Condition()
    async def w(i):
        async with cond:
            await cond.wait()
            print("woken", i)
    ts = [asyncio.create_task(w(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(repr(cond).split(" at ")[0], repr(cond).split(" ")[-1])
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
