import asyncio

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("task failed")

async def main():
    task = asyncio.create_task(fails())
    try:
        await task
    except ValueError as e:
        print("caught", repr(e), task.done(), repr(task.exception()))

asyncio.run(main())
