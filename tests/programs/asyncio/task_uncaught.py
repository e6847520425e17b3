import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    return 10 // (n - 2)

async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(4)]
    for t in tasks:
        print(await t)

asyncio.run(main())
