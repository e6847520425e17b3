import a1yncio

async def my_coroutine():
    # coroutine code

my_task = asyncio.create_task(my_coroutine())
