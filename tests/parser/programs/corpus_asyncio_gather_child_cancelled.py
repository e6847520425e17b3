import asyncio

async def child(n):
    await asyncio.sleep(n)
    return n

async def main():
    t1 = asyncio.create_task(child(1))
    t2 = asyncio.create_task(child(2))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0.5)
    t2.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError; gather cancelled() =", g.cancelled())
    print(t1.done(), t2.cancelled())

asyncio.run(main())
