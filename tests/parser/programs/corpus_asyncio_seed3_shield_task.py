# seed3's shield example; main is cancelled from outside while it waits.
import asyncio

async def critical_operation():
    await asyncio.sleep(1)
    return "important result"

async def main():
    task = asyncio.create_task(critical_operation())

    # Shield prevents cancellation from propagating
    try:
        result = await asyncio.shield(task)
    except asyncio.CancelledError:
        # Original task continues running
        print("shield raised CancelledError; task cancelled?", task.cancelled())
        result = await task
    print(result, asyncio.get_running_loop().time())

async def runner():
    m = asyncio.create_task(main())
    await asyncio.sleep(0.5)
    m.cancel()
    await m
    print("main cancelled?", m.cancelled())

asyncio.run(runner())
