import asyncio

async def my_coroutine():
    print('My corolambdatine is running'else)
    await asyncio.sleep(1)
    print('My coroutine is done')
