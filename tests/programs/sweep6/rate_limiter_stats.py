import asyncio, statistics, time, random
from collections import Counter, defaultdict, deque

class RateLimiter:
    def __init__(self, rate, per):
        self.rate, self.per = rate, per
        self.calls = deque()
    async def acquire(self):
        while True:
            now = time.monotonic()
            while self.calls and now - self.calls[0] >= self.per:
                self.calls.popleft()
            if len(self.calls) < self.rate:
                self.calls.append(now)
                return
            await asyncio.sleep(self.per - (now - self.calls[0]))

async def call_api(lim, i, lat):
    await lim.acquire()
    t0 = time.monotonic()
    d = random.uniform(0.05, 0.3)
    await asyncio.sleep(d)
    lat.append(time.monotonic() - t0)
    return i, round(t0, 3)

async def main():
    lim = RateLimiter(3, 1.0)
    lat = []
    res = await asyncio.gather(*(call_api(lim, i, lat) for i in range(10)))
    per_sec = Counter(int(t) for _, t in res)
    print(res)
    print(dict(per_sec))
    print(f"mean={statistics.mean(lat):.4f} median={statistics.median(lat):.4f} stdev={statistics.stdev(lat):.4f}")
    print(f"quantiles={[round(q, 3) for q in statistics.quantiles(lat, n=4)]}")
    print(statistics.mode([1, 2, 2, 3]), statistics.multimode("aabbc"), statistics.pvariance([1, 2, 3, 4]))
    print(statistics.fmean([1.5, 2.5]), statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 2, 4]))
    groups = defaultdict(list)
    for i, t in res:
        groups[i % 3].append(t)
    print({k: v for k, v in sorted(groups.items())})

asyncio.run(main())
