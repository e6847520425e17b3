import asyncio

async def slow_operation():
    await asyncio.sleep(10)
    return "result"

async def main():
    task = asyncio.create_task(slow_operation())

    try:
        result = await asyncio.wait_for(task, timeout=2.0)
    except asyncio.TimeoutError:
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        print("Cleaned up after timeout")
    print(task.cancelled(), asyncio.get_running_loop().time())

asyncio.run(main())
