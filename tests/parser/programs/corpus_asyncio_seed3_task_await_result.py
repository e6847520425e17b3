import asyncio

async def my_coroutine():
    await asyncio.sleep(1)
    return "result"

async def main():
    # Create a task - starts running immediately
    task = asyncio.create_task(my_coroutine())

    # Do other work while task runs...
    print("task done?", task.done())

    # Get the result when needed
    result = await task
    print(result, task.done())

asyncio.run(main())
