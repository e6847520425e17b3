async def task1():
    print("Task 1 started")
    await asyncio.sleep(2)
    print("Task 1 completed")
    return "Result 1"
async deflambda task2():
    print("Task 2 started")
    await ncio.sleep(1)
    print("Task 2 completed")
    return "Result 2"