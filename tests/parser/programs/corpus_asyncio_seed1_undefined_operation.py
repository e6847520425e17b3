# seed1's basic structure run as written: some_operation is not defined.
import asyncio

async def my_coroutine():
    print("Starting")
    await some_operation()
    print("Finished")

asyncio.run(my_coroutine())
