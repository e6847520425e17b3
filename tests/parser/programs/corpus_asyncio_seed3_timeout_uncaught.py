# seed3's asyncio.timeout() example: the TimeoutError is not caught.
import asyncio

async def slow_operation():
    await asyncio.sleep(10)
    return "result"

async def main():
    async with asyncio.timeout(2.0):
        await slow_operation()  # Raises TimeoutError if > 2 seconds

asyncio.run(main())
