import asyncio

async def child():
    return 5

async def main():
    task = asyncio.create_task(child())
    await task
    print("cancel on done task:", task.cancel())
    print(task.cancelled(), task.result())

asyncio.run(main())
