import asyncio, time

async def worker(name, block):
    start = asyncio.get_running_loop().time()
    if block:
        time.sleep(0.5)
    else:
        await asyncio.sleep(0.5)
    print(f"{name} done at {asyncio.get_running_loop().time() - start:.2f}")
    return name

async def main():
    t0 = time.monotonic()
    res = await asyncio.gather(worker("a", True), worker("b", False), worker("c", True))
    print(res, f"{time.monotonic() - t0:.2f}")

asyncio.run(main())
