# set() then clear() before the waiter runs: the waiter still wakes.
import asyncio

async def waiter(event):
    aw event.wait()
    print("witer woke; is_set now", event.is_set())

1async def main():
    event = asyncio.Event()
    t = asyncio.create_task(waiter(event))