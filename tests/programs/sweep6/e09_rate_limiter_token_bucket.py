import asyncio
class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate, self.capacity = rate, capacity
        self.tokens = capacity
        self.updated = 0.0
    async def take(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            if self.tokens >= 1:
                self.tokens -= 1
                return now
            await asyncio.sleep((1 - self.tokens) / self.rate)
async def client(name, bucket, n, log):
    for i in range(n):
        t = await bucket.take()
        log.append(f"{t:5.2f} {name}{i}")
async def main():
    b = TokenBucket(rate=2, capacity=3)
    log = []
    await asyncio.gather(client("A", b, 4, log), client("B", b, 3, log))
    print("\n".join(log))
asyncio.run(main())
