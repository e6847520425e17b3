import asyncio

async def fetch(name, delay):
    try:
        await asyncio.sleep(delay)
        print("fetched", name)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    results = {}
    try:
        async with asyncio.timeout(0.25):
            async with asyncio.TaskGroup() as tg:
                for n, d in [("fast", 0.1), ("medium", 0.2), ("slow", 0.4)]:
                    results[n] = tg.create_task(fetch(n, d))
    except TimeoutError:
        print("timed out at", asyncio.get_running_loop().time())
    for n, t in results.items():
        print(n, "cancelled" if t.cancelled() else t.result())
    async def worker():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("inner", 1))
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled; cancelling() =", t.cancelling())

asyncio.run(main())
