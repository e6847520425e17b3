import asyncio


async def slow_operation():
    await asyncio.sleep(10)
    return "result"


async def main():
    try:
        # asyncio.timeout (3.11+) cancels the block when the deadline passes.
        async with asyncio.timeout(2.0):
            await slow_operation()
    except TimeoutError:
        print("timed out after 2 s")


asyncio.run(main())
