import asyncio

async def my_coroutine():
    # corout code

my_task = asyncio.create_task(my_coroutine())
