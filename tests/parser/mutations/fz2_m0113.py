
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.iscoroutinefunction(asyncio.sleep))"
async def f():
    pass
c = f()
print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(f))