import asyncio, sys

class Progress:
    def __init__(self, total):
        self.total, self.done = total, 0
    def tick(self, label):
        self.done += 1
        pct = self.done / self.total
        bar = "#" * int(pct * 20)
        print(f"\r[{bar:<20}] {pct:6.1%} {label}", end="")
        if self.done == self.total:
            print()

async def download(i, sem, prog, active):
    async with sem:
        active.add(i)
        peak = len(active)
        await asyncio.sleep(0.1 + (i % 3) * 0.1)
        active.discard(i)
        prog.tick(f"file{i:02d}")
        return peak

async def main():
    sem = asyncio.BoundedSemaphore(3)
    prog = Progress(8)
    active = set()
    peaks = await asyncio.gather(*(download(i, sem, prog, active) for i in range(8)))
    print("max concurrency", max(peaks), sem.locked(), sem._value)
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    lock = asyncio.Lock()
    shared = []
    async def append(x):
        async with lock:
            cur = list(shared)
            await asyncio.sleep(0.01)
            shared[:] = cur + [x]
    await asyncio.gather(*(append(i) for i in range(5)))
    print(shared, lock.locked())
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.5)
    print("is_set", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ws))
    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: len(items) >= 2)
            return list(items)
    ct = asyncio.create_task(cons())
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            cond.notify_all()
    print(await ct)
    sys.stdout.write("done\n")

asyncio.run(main())
