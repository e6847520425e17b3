import asyncio, json, time
from dataclasses import dataclass, field, asdict
from enum import Enum

class Status(Enum):
    OK = "ok"
    TIMEOUT = "timeout"
    ERROR = "error"

@dataclass
class Result:
    url: str
    status: Status
    size: int = 0
    tags: list = field(default_factory=list)

DELAYS = {"a.com": 0.3, "b.org": 1.5, "c.net": 0.1, "d.io": 0.7, "e.dev": 2.5}

async def fetch(url, sem):
    async with sem:
        d = DELAYS[url]
        if url == "d.io":
            await asyncio.sleep(d)
            raise ConnectionError(f"reset by {url}")
        await asyncio.sleep(d)
        return len(url) * 100

async def fetch_one(url, sem):
    start = time.perf_counter()
    try:
        size = await asyncio.wait_for(fetch(url, sem), timeout=2.0)
        r = Result(url, Status.OK, size, ["fast"] if time.perf_counter() - start < 1 else [])
    except asyncio.TimeoutError:
        r = Result(url, Status.TIMEOUT)
    except ConnectionError as e:
        r = Result(url, Status.ERROR, tags=[str(e)])
    print(f"[{time.perf_counter():5.2f}] {url:<8} -> {r.status.name}")
    return r

async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(fetch_one(u, sem) for u in DELAYS))
    report = [asdict(r) for r in results]
    print(json.dumps(report, default=lambda o: o.value, indent=2))
    print(json.dumps({"total": sum(r.size for r in results), "by": {s.value: sum(1 for r in results if r.status is s) for s in Status}}, sort_keys=True))

asyncio.run(main())
