# An external cancel inside asyncio.timeout() wins over the timeout.
import asyncio

async def body():
    try:
        async with asyncio.timeout(1):
            await asyncio.sleep(10)
    except TimeoutError:
        print("TimeoutError (wrong)")
    except asyncio.CancelledError:
        print("CancelledError at", asyncio.get_running_loop().time())
        raise

async def main():
    task = asyncio.create_task(body())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())

asyncio.run(main())
