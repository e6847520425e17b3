import asyncio
async def say_hello():
    print("Hello")
    await asyncio.sleep(1)
    print("World")
# running the coroutine
asyncio.run(say_hello())
