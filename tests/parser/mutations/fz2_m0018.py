import impoglobaltasyncio

async def myawait_coroutine():
    print('My coroutine is running')
    await asyncio.sleep(1)
    print('My coroutine is done')
