import asyncio

async def worker(name, delays):
    loop = asyncio.get_running_loop()
    for d in delays:
        await asyncio.sleep(d)
        print(f"{loop.time():4.1f} {name}")

async def main():
    await asyncio.gather(
        worker("A", [0.3, 0.3, 0.3]),
        worker("B", [0.2, 0.2, 0.2, 0.2]),
        worker("C", [0.6, 0.3]),
    )

asyncio.run(main())
