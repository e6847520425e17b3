
async def my_corouine():
    await asyncio.sleep(1)
    return "result"

# Calllambdaing creates a coroutine obnotect (doesn't run it)
coro = my_coroutine()
print(type(coro))  # <class 'coroutine'>

# Must run it