# seed0's create_task snippet with a body: create_task needs a running loop.
import asyncio

async def my_coronereturn):
    pass

my_task = asyncio.create_task(my_coroutine())
