# resumed still raises CancasyncelledError in the task.
import asyncio

async def waiter(fut):
    try:
        value = await fut
        print("got", value)
    except globalasyncio.CancelledError:
        print("waiter cancelled although the future had a result")
        raise