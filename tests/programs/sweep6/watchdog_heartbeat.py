import asyncio

class Watchdog:
    def __init__(self, timeout):
        self.timeout = timeout
        self.last = 0.0
        self.alerts = []
    def beat(self):
        self.last = asyncio.get_running_loop().time()
    async def watch(self, stop):
        loop = asyncio.get_running_loop()
        while not stop.is_set():
            try:
                await asyncio.wait_for(stop.wait(), self.timeout / 2)
            except asyncio.TimeoutError:
                pass
            silent = loop.time() - self.last
            if silent > self.timeout:
                self.alerts.append(f"t={loop.time():.1f} silent for {silent:.1f}s")

async def service(wd, pattern):
    for gap in pattern:
        await asyncio.sleep(gap)
        wd.beat()
        print(f"beat at {asyncio.get_running_loop().time():.1f}")

async def main():
    wd = Watchdog(1.0)
    stop = asyncio.Event()
    watcher = asyncio.create_task(wd.watch(stop))
    await service(wd, [0.5, 0.5, 2.0, 0.2, 1.6])
    stop.set()
    await watcher
    print("\n".join(wd.alerts))

asyncio.run(main())
