import asyncio

async def main():
    task = asyncio.current_task()
    print(task.get_name(), task.done(), task.get_coro().__name__)
    print(asyncio.current_task() is task)

print(asyncio.run(main()))
