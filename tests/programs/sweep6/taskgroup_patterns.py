import asyncio

CANCELLED = []

def report_cancelled():
    for line in sorted(CANCELLED):
        print(line)
    CANCELLED.clear()

async def fetch(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"{name} failed")
        return f"{name} data"
    except asyncio.CancelledError:
        # A TaskGroup cancels its children in set order: collected, printed sorted.
        CANCELLED.append(f"{name} cancelled at {asyncio.get_running_loop().time():.1f}")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch("a", 0.2))
        t2 = tg.create_task(fetch("b", 0.1))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("slow1", 1.0))
            tg.create_task(fetch("bad", 0.3, fail=True))
            tg.create_task(fetch("slow2", 2.0))
    except* ConnectionError as eg:
        print("group:", [str(e) for e in eg.exceptions])
        report_cancelled()
    results = {}
    async def collect(name, d):
        results[name] = await fetch(name, d)
    async with asyncio.TaskGroup() as tg:
        for i, d in enumerate([0.3, 0.1, 0.2]):
            tg.create_task(collect(f"job{i}", d))
    print(results)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("x", 0.5))
            raise ValueError("body failed")
    except* ValueError as eg:
        print("body error:", eg.exceptions)
        report_cancelled()
    async def spawner(tg):
        await asyncio.sleep(0.1)
        tg.create_task(fetch("late", 0.1))
        return "spawned"
    async with asyncio.TaskGroup() as tg:
        s = tg.create_task(spawner(tg))
    print(s.result())
    try:
        async with asyncio.timeout(0.25):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fetch("t1", 1))
                tg.create_task(fetch("t2", 0.1))
    except TimeoutError:
        print("timed out group")
        report_cancelled()

asyncio.run(main())
