import asyncio

async def fetch(i):
    await asyncio.sleep(0.1 * i)
    return i

async def main():
    loop = asyncio.get_running_loop()
    results = []
    for i in range(1, 6):
        try:
            async with asyncio.timeout(0.25):
                results.append(await fetch(i))
        except TimeoutError:
            results.append(f"timeout {i}")
    print(results, round(loop.time(), 2))
    deadline = loop.time() + 0.5
    got = []
    try:
        async with asyncio.timeout_at(deadline):
            for i in range(10):
                got.append(await fetch(1))
    except TimeoutError:
        print("collected before deadline", got)
    async def with_budget(budget):
        async with asyncio.timeout(budget) as cm:
            while True:
                await asyncio.sleep(0.1)
                remaining = cm.when() - loop.time()
                if remaining < 0.15:
                    cm.reschedule(cm.when() + 0.1)
                    print("extended", round(cm.when(), 2))
                    if cm.when() > loop.time() + 0.5 or len(got) > 3:
                        return "stopped extending"
                got.append(round(remaining, 2))
    try:
        print(await with_budget(0.3))
    except TimeoutError:
        print("budget exhausted", got)

asyncio.run(main())
