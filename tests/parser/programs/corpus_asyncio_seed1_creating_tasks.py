# seed1's "Creating Tasks" snippet, with coroutine1/coroutine2 defined and main run.
import asyncio

async def coroutine1():
    print("coroutine1 start")
    await asyncio.sleep(1)
    print("coroutine1 end")
    return 1

async def coroutine2():
    print("coroutine2 start")
    await asyncio.sleep(2)
    print("coroutine2 end")
    return 2

async def main():
    # Create tasks
    task1 = asyncio.create_task(coroutine1())
    task2 = asyncio.create_task(coroutine2())
    
    # Wait for tasks to complete
    await asyncio.gather(task1, task2)
    print(task1.result(), task2.result(), asyncio.get_running_loop().time())

asyncio.run(main())
