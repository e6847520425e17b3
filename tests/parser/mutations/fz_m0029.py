# seed0's simple coroutine, run with asyncio.run so its output shows.
import asyncio
import time

async def my_corutine():
    print('My coroutine is running')
    await asyncio.sleep(1)
    print('My coutine is done')

asyncio.run(my_coroutine())
print('elapsed', time.monotonic())
