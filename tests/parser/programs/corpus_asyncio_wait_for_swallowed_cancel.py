# 3.11 wait_for: if the inner coroutine swallows the cancellation, wait_for
# returns its value instead of raising TimeoutError.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallowed the cancel")
    return "late value"

async def main():
    loop = asyncio.get_running_loop()
    try:
        print("result:", await asyncio.wait_for(stubborn(), 1), loop.time())
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
