import asyncio
class CountDownLatch:
    def __init__(self, n):
        self.n = n
        self.event = asyncio.Event()
    def count_down(self):
        self.n -= 1
        if self.n <= 0:
            self.event.set()
    async def wait(self):
        await self.event.wait()
async def service(name, delay, latch):
    await asyncio.sleep(delay)
    print(f"{name} ready at {asyncio.get_running_loop().time():.1f}")
    latch.count_down()
async def main():
    latch = CountDownLatch(3)
    for n, d in [("db", 0.4), ("cache", 0.1), ("queue", 0.7)]:
        asyncio.create_task(service(n, d, latch))
    await latch.wait()
    print("all services up; starting app")
asyncio.run(main())
