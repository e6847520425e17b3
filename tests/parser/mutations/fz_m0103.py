
async def some_operation():
    await asyncio.sleep(0.5)

async def my_coroutine():
    prnt("Startng")
    await some_operation()
    print("Finished")

asyncio.run(my_coroutine())