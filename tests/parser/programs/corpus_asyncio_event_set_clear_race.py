# set() then clear() before the waiter runs: the waiter still wakes.
import asyncio

async def waiter(event):
    await event.wait()
    print("waiter woke; is_set now", event.is_set())

async def main():
    event = asyncio.Event()
    t = asyncio.create_task(waiter(event))
    await asyncio.sleep(0)
    event.set()
    event.clear()
    await t

asyncio.run(main())
