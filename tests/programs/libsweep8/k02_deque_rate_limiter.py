import asyncio
from collections import deque, Counter, defaultdict

class RateLimiter:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.stamps = deque()

    async def acquire(self):
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self.stamps and now - self.stamps[0] >= self.window:
                self.stamps.popleft()
            if len(self.stamps) < self.limit:
                self.stamps.append(now)
                return now
            await asyncio.sleep(self.window - (now - self.stamps[0]))

async def client(name, rl, n, log):
    for i in range(n):
        t = await rl.acquire()
        log[name].append(round(t, 2))

async def main():
    rl = RateLimiter(3, 1.0)
    log = defaultdict(list)
    await asyncio.gather(client("a", rl, 4, log), client("b", rl, 3, log))
    print(dict(log))
    per_second = Counter(int(t) for ts in log.values() for t in ts)
    print(sorted(per_second.items()), per_second.most_common(1))
    d = deque(range(10), maxlen=5)
    print(d, d.maxlen, len(d), d[0], d[-1], 7 in d)
    d.extend([10, 11]); print(d)
    d.insert(2, 99) if len(d) < d.maxlen else print("full")
    try:
        d.insert(0, 1)
    except IndexError as e:
        print("IndexError:", e)
    d.remove(8); print(d); d.reverse(); print(d); d.clear(); print(d, repr(deque()), deque([1], 0), deque("ab", maxlen=1))
    print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]), list(deque("abc"))[::-1])
    try:
        deque([1]) + [2]
    except TypeError as e:
        print("TypeError:", e)
    try:
        deque(maxlen=-1)
    except ValueError as e:
        print("ValueError:", e)
    c = Counter(a=3, b=1)
    print(c - Counter(a=5), c + Counter(b=-1), Counter("aab") == Counter("aba"), c.most_common(0), list(c.items()))
    c2 = Counter(x=2); c2["y"] = -1; print(c2, +c2, c2.total(), dict(c2))
    try:
        Counter(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
