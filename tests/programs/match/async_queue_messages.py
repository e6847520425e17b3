# A worker matching on messages from an asyncio.Queue, the way a learner writes it.
import asyncio
from dataclasses import dataclass


@dataclass
class Job:
    id: int
    payload: str


@dataclass
class Stop:
    reason: str


async def worker(name, queue, results):
    while True:
        msg = await queue.get()
        try:
            match msg:
                case Job(id=i, payload=p) if p.startswith("sleep:"):
                    delay = float(p.split(":")[1])
                    await asyncio.sleep(delay)
                    results.append((name, i, f"slept {delay}"))
                case Job(i, p):
                    results.append((name, i, p.upper()))
                case ("ping", n):
                    results.append((name, "pong", n))
                case {"cmd": "sum", "args": [*nums]}:
                    results.append((name, "sum", sum(nums)))
                case Stop(reason):
                    results.append((name, "stopping", reason))
                    return
                case _:
                    results.append((name, "unknown", repr(msg)))
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(2)]
    for msg in [Job(1, "hello"), Job(2, "sleep:0.2"), ("ping", 7), {"cmd": "sum", "args": [1, 2, 3]},
                Job(3, "sleep:0.1"), 42, {"cmd": "mul"}]:
        await queue.put(msg)
    await queue.join()
    print("all jobs done at", round(asyncio.get_running_loop().time(), 2))
    for _ in workers:
        await queue.put(Stop("done"))
    await asyncio.gather(*workers)
    for r in results:
        print(r)


asyncio.run(main())
