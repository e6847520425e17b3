# seed4's advice inside a running program: keep a reference to the task.
import asyncio

async def my_task():
    await asyncio.sleep(1)
    print("my_task runs")
    return 42

async def main():
    task = asyncio.create_task(my_task()) # GOOD
    print("task kept:", task.get_name())
    print(await task)

asyncio.run(main())
