import asyncio
from dataclasses import dataclass, field
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)
    @classmethod
    def parse(cls, s):
        core, _, label = s.partition("-")
        return cls(*map(int, core.split(".")), label=label)
    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}" + (f"-{self.label}" if self.label else "")
async def fetch_versions():
    await asyncio.sleep(0.05)
    return ["1.2.3", "1.10.0", "1.2.10-beta", "0.9.9", "1.2.3-rc1", "2.0.0"]
async def main():
    vs = [Version.parse(s) for s in await fetch_versions()]
    print([str(v) for v in sorted(vs)])
    print(max(vs), min(vs), Version(1, 2, 3) == Version(1, 2, 3, "x"), len(set(vs)), hash(Version(1)) == hash(Version(1, 0, 0)))
    latest = {}
    for v in vs:
        latest[v.major] = max(latest.get(v.major, v), v)
    print({k: str(v) for k, v in sorted(latest.items())})
    print(Version(1) < Version(1, 0, 1), Version(2) > Version(1, 99), sorted(vs, key=lambda v: v.label)[0])
asyncio.run(main())
