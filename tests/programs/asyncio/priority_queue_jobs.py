import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

async def worker(wid, q, log):
    while True:
        job = await q.get()
        await asyncio.sleep(0.1)
        log.append((wid, job.name))
        print(f"w{wid} did {job.name} (p{job.priority})")
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    for p, n in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2"), (5, "later")]:
        q.put_nowait(Job(p, n))
    log = []
    ws = [asyncio.create_task(worker(i, q, log)) for i in range(2)]
    await q.join()
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    print(len(log), q.empty())

asyncio.run(main())
