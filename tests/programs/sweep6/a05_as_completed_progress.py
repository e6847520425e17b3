import asyncio
async def download(i):
    await asyncio.sleep(0.1 * ((i * 7) % 5 + 1))
    return i, 100 * (i + 1)
async def main():
    coros = [download(i) for i in range(6)]
    total = 0
    for n, fut in enumerate(asyncio.as_completed(coros), 1):
        i, size = await fut
        total += size
        print(f"[{n}/6] file {i} ({size} KB) total={total} KB t={asyncio.get_running_loop().time():.1f}")
asyncio.run(main())
