# A cancel() that lands after the awaited future completed but before the task
# resumed still raises CancelledError in the task.
import asyncio

async def waiter(fut):
    try:
        value = await fut
        print("got", value)
    except asyncio.CancelledError:
        print("waiter cancelled although the future had a result")
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())

asyncio.run(main())
