import asyncio

async def nothing():
    return None

runner = asyncio.Runner()
print(runner.run(nothing()))
runner.close()
coro = nothing()
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
