import asyncio

async def my_coroutine():
    await asyncio.sleep(1)
    return "result"

async def main():
    # Works but create_task() is preferred
    task = asyncio.ensure_future(my_coroutine())
    print(type(task).__name__, task.get_name())
    print(await task)

asyncio.run(main())
