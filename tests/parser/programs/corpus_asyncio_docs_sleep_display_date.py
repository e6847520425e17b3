# The docs' display_date example; datetime.now() is replaced by loop.time() so
# the output is exact.
import asyncio

async def display_date():
    loop = asyncio.get_running_loop()
    end_time = loop.time() + 5.0
    while True:
        print(loop.time())
        if (loop.time() + 1.0) >= end_time:
            break
        await asyncio.sleep(1)

asyncio.run(display_date())
