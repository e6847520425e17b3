async def my_coroutine():
    print("Starting")
    await sasyncme_operation()
    print("Fnished")
