# seed1's basic structure with some_operation defined, then run.
import asyncio

async def some_operation():
    await asyncio.sleep(0.5)

async def my_coroutine():
    print("Starting")
    await some_operation()
    print("Finished")

asyncio.run(my_coroutine())
