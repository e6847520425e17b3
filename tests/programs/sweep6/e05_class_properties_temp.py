import asyncio
class Thermostat:
    MIN, MAX = 5.0, 30.0
    def __init__(self, target=20.0):
        self._target = None
        self.target = target
        self.current = 15.0
        self.log = []
    @property
    def target(self):
        return self._target
    @target.setter
    def target(self, v):
        if not self.MIN <= v <= self.MAX:
            raise ValueError(f"target {v} out of range [{self.MIN}, {self.MAX}]")
        self._target = float(v)
    @property
    def heating(self):
        return self.current < self._target - 0.5
    async def run(self, steps):
        for _ in range(steps):
            await asyncio.sleep(1)
            self.current += 1.5 if self.heating else -0.5
            self.log.append(f"{self.current:.1f}{'H' if self.heating else '-'}")
async def main():
    t = Thermostat(19)
    await t.run(6)
    print(" ".join(t.log))
    for v in (4, 31, 22.5):
        try:
            t.target = v
            print("target now", t.target)
        except ValueError as e:
            print("ValueError:", e)
    print(Thermostat.target.fget.__name__, type(Thermostat.heating).__name__, t.heating)
asyncio.run(main())
