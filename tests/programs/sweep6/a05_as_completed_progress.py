import asyncio
async def download(i):
    # No two downloads end at the same instant: as_completed() takes its awaitables as
    # a set, so CPython's order for a tie depends on addresses.
    await asyncio.sleep(0.1 * ((i * 7) % 5 + 1) + 0.01 * i)
    return i, 100 * (i + 1)
async def main():
    coros = [download(i) for i in range(6)]
    total = 0
    for n, fut in enumerate(asyncio.as_completed(coros), 1):
        i, size = await fut
        total += size
        print(f"[{n}/6] file {i} ({size} KB) total={total} KB t={asyncio.get_running_loop().time():.1f}")
asyncio.run(main())
