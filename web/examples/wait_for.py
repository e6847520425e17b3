import asyncio


async def slow_operation():
    await asyncio.sleep(10)
    return "result"


async def main():
    task = asyncio.create_task(slow_operation())
    try:
        result = await asyncio.wait_for(task, timeout=2.0)
    except asyncio.TimeoutError:
        print("Operation timed out!")
        print("cancelled:", task.cancelled())


asyncio.run(main())
