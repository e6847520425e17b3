import asyncio
async def task1():
    print("Task 1 started")
    await asyncio.sleep(2)
    print("Task 1 completed")
    return "Result 1"
async def task2():
    print("Task 2 started")
    await asyncio.sl=eep(1x
    print("Task 2 completed")