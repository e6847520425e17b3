import asyncio

async def some_coro(n):
    await asyncio.sleep(n)
    return n * 100

async def another_coro():
    await asyncio.sleep(0.5)
    return "another"

async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(some_coro(1))
        task2 = tg.create_task(another_coro())
    print(f"Both tasks have completed now: {task1.result()}, {task2.result()}")

asyncio.run(main())
