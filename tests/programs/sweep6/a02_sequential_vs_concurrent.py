import asyncio, time
async def work(n):
    await asyncio.sleep(1)
    return n * 2
async def main():
    start = time.perf_counter()
    seq = [await work(i) for i in range(3)]
    mid = time.perf_counter()
    con = await asyncio.gather(*(work(i) for i in range(3)))
    end = time.perf_counter()
    print(f"sequential {seq} took {mid - start:.1f}s")
    print(f"concurrent {con} took {end - mid:.1f}s")
    tasks = [asyncio.create_task(work(i)) for i in range(3)]
    print([await t for t in tasks], f"{time.perf_counter() - end:.1f}s")
asyncio.run(main())
