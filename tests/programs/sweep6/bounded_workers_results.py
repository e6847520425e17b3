import asyncio, random, time
from dataclasses import dataclass, field
from typing import Any

@dataclass(order=True)
class Job:
    priority: int
    id: int = field(compare=True)
    payload: Any = field(compare=False, default=None)

@dataclass
class Stats:
    ok: int = 0
    failed: int = 0
    durations: list = field(default_factory=list)
    def summary(self):
        d = self.durations
        return f"ok={self.ok} failed={self.failed} avg={sum(d) / len(d):.3f}s max={max(d):.3f}s"

async def run_job(job):
    await asyncio.sleep(random.uniform(0.1, 0.5))
    if job.payload % 4 == 0:
        raise ValueError(f"bad payload {job.payload}")
    return job.payload ** 2

async def worker(name, pq, stats, out):
    while True:
        job = await pq.get()
        start = time.perf_counter()
        try:
            out[job.id] = await asyncio.wait_for(run_job(job), timeout=0.4)
            stats.ok += 1
        except (ValueError, asyncio.TimeoutError) as e:
            out[job.id] = f"{type(e).__name__}: {e}"
            stats.failed += 1
        finally:
            stats.durations.append(time.perf_counter() - start)
            pq.task_done()

async def main():
    pq = asyncio.PriorityQueue()
    for i in range(10):
        pq.put_nowait(Job(random.randint(1, 3), i, i + 1))
    stats, out = Stats(), {}
    ws = [asyncio.create_task(worker(f"w{i}", pq, stats, out)) for i in range(3)]
    await pq.join()
    for w in ws:
        w.cancel()
    for k in sorted(out):
        print(k, out[k])
    print(stats.summary())

asyncio.run(main())
