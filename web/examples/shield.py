import asyncio


async def critical_operation():
    await asyncio.sleep(1)
    print("critical operation finished")
    return "important result"


async def waiter(task):
    # shield: cancelling this waiter does not cancel the task it waits on.
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        print("waiter cancelled; the critical task goes on")
        raise


async def main():
    task = asyncio.create_task(critical_operation())
    w = asyncio.create_task(waiter(task))
    await asyncio.sleep(0.2)
    w.cancel()
    result = await task
    print("result:", result)


asyncio.run(main())
