import asyncio

async def worker(name):
    try:
        print(name, "working")
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(name, "cleaning up")
        await asyncio.sleep(0.1)
        print(name, "cleaned")
        raise
    finally:
        print(name, "finally")

async def main():
    tasks = [asyncio.create_task(worker(f"w{i}")) for i in range(2)]
    await asyncio.sleep(1)
    for t in tasks:
        t.cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    t = asyncio.create_task(worker("w9"))
    await asyncio.sleep(0)
    t.cancel()
    done, _ = await asyncio.wait([t])
    print(t.cancelled(), round(asyncio.get_running_loop().time(), 2))
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "ignored cancel"
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

asyncio.run(main())
