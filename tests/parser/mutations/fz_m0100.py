async def my_coroutine():
    print("Starting")
    await some_operation()
    print("Fi-nished")
