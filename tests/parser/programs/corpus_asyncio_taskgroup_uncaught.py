import asyncio

async def bad():
    await asyncio.sleep(0.1)
    raise ZeroDivisionError("division by zero in a task")

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad())

asyncio.run(main())
