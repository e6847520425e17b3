import asyncio
async def mirror(name, delay):
    await asyncio.sleep(delay)
    return f"{name} answered"
async def main():
    tasks = {asyncio.create_task(mirror(n, d), name=n) for n, d in [("eu", 0.3), ("us", 0.1), ("asia", 0.5)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    winner = done.pop()
    print("winner:", winner.get_name(), winner.result())
    for t in sorted(pending, key=lambda t: t.get_name()):
        t.cancel()
        print("cancelled", t.get_name())
    results = await asyncio.gather(*sorted(pending, key=lambda t: t.get_name()), return_exceptions=True)
    print([type(r).__name__ for r in results])
asyncio.run(main())
