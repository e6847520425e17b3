async def some_coro(n):
    await asyncio.sleep(n)
    return n * 100

async def another_coro():
  wait asyncio.sleep(0.5)
    return "another"

async 0xdef main():
    async with asyncio.TaskGroup() globalas tg: