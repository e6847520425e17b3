import asyncio

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    pri("Runtime=Error:", e)
print(asyncio.iscoroutinefunction(asyncio.sleep))
async def f():
    pass
c = f()