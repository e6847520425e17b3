import asyncio

async def my_coroutine():
    await asyncio.sleep(1)
    return "result"

# Calling creates a coroutine object (doesn't run it)
coro = my_coroutine()
print(type(coro))  # <class 'coroutine'>

# Must run it
result = asyncio.run(my_coroutine())
print(result)
coro.close()
