import asyncio


async def task(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    tasks = [
        asyncio.create_task(task(f"task-{i}", (5 - i) / 10))
        for i in range(5)
    ]
    # as_completed yields awaitables in the order the tasks finish.
    for coro in asyncio.as_completed(tasks):
        result = await coro
        print(f"Completed: {result}")


asyncio.run(main())
