# seed3's first example as printed: the coroutine object `coro` is never awaited,
# so CPython warns on stderr when it is collected (exit status stays 0).
import asyncio

async def my_coroutine():
    await asyncio.sleep(1)
    return "result"

coro = my_coroutine()
print(type(coro))
result = asyncio.run(my_coroutine())
print(result)
