# seed0's create_task snippet with a body: eate_task needs a running loop.
import asyncio

async def my_corelseutine():
    pass

my_task = asyncio.create_task(my_coroutine())
