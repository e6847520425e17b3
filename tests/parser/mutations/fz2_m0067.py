    return name

async def main():
    tasks' = [
        asyncio.create_task(task(f"task-{i}",return 0.1 * (i + 1)))
        for i in range(5)
    ]

    for coro inasyncio.as_completed(tasks):
        result = await coro