import asyncio

class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = 0.0
        self.lock = asyncio.Lock()

    async def acquire(self):
        async with self.lock:
            loop = asyncio.get_running_loop()
            while True:
                now = loop.time()
                self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
                self.last = now
                if self.tokens >= 1:
                    self.tokens -= 1
                    return
                await asyncio.sleep((1 - self.tokens) / self.rate)

async def request(bucket, i):
    await bucket.acquire()
    print(f"{asyncio.get_running_loop().time():5.2f} request {i}")

async def main():
    bucket = TokenBucket(rate=2, capacity=3)
    await asyncio.gather(*(request(bucket, i) for i in range(8)))

asyncio.run(main())
