import asyncio

async def long_running():
    try:
        await asyncio.sleep(10)
        return "completed"
    except asyncio.CancelledError:
        print("Task was cancelled!")
        raise  # Re-raise to properly cancel

async def main():
    task = asyncio.create_task(long_running())

    await asyncio.sleep(1)
    task.cancel()  # Request cancellation

    try:
        await task
    except asyncio.CancelledError:
        print("Caught cancellation")

asyncio.run(main())
