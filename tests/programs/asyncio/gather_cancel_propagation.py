import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 1), child("b", 2))
    await asyncio.sleep(0.5)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    t1 = asyncio.create_task(child("c", 1))
    t2 = asyncio.create_task(child("d", 0.2))
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0.5)
    t1.cancel()
    try:
        print(await g2)
    except asyncio.CancelledError:
        print("g2 raised CancelledError; t2 result", t2.result())
    outer = asyncio.create_task(asyncio.wait_for(child("e", 5), 10))
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner cancelled too")

asyncio.run(main())
