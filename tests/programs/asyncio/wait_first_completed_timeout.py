import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(f"j{i}", d), name=f"j{i}") for i, d in enumerate([0.5, 0.2, 0.9])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending), round(loop.time(), 2))
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print(len(done), len(pending), round(loop.time(), 2))
    done, pending = await asyncio.wait(pending, return_when=asyncio.ALL_COMPLETED)
    print(sorted(t.get_name() for t in done), len(pending), round(loop.time(), 2))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(job("x", 1))
    done, pending = await asyncio.wait({t}, return_when=asyncio.FIRST_EXCEPTION, timeout=0.3)
    print(len(done), len(pending))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())

asyncio.run(main())
