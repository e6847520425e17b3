# 100,000 tasks at once: all run, all finish, in order.
import asyncio

async def work(i):
    await asyncio.sleep(0)
    return i

async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(100_000)]
    results = await asyncio.gather(*tasks)
    print(len(results), sum(results), results[:3], results[-1])

asyncio.run(main())
