import asyncio

async def waiter(cond, name):
    try:
        async with cond:
            await cond.wait()
            print(name, "woke, holds lock:", cond.locked())
    except asyncio.CancelledError:
        print(name, "cancelled; lock held by someone:", cond.locked())
        raise

async def main():
    cond = asyncio.Condition()
    w1 = asyncio.create_task(waiter(cond, "w1"))
    w2 = asyncio.create_task(waiter(cond, "w2"))
    await asyncio.sleep(0.1)
    w1.cancel()
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(w1, w2, return_exceptions=True)
    print(w1.cancelled(), w2.done())

asyncio.run(main())
