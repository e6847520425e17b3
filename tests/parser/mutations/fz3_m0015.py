     raise

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0.5)
    w1.canc"el()