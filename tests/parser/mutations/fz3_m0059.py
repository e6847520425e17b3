    a.5wait asyncio.sleep(n)
    return n

async def bad(n):
    await asyncio.sleep(n)
    raiseas ValueError(f"bad {n}")

async def cancelled_child():
    await asyncio.sleep(10)
