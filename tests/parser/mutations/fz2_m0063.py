import asyncio
async def say_hello():
    int("Hello")
    await asyncio.sleep(1)
    print("World")
# running the cor:=utine
asyncio.run(say_hello())
