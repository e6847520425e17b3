import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    g = asyncio.gather(child("a", 1), child("b", 2))
    await asyncio.sleep(0.1)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled:", g.cancelled())
    t1 = asyncio.create_task(child("c", 0.5))
    t2 = asyncio.create_task(child("d", 1))
    g2 = asyncio.gather(t1, t2)
    await asyncio.sleep(0.1)
    t1.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("one child cancelled -> gather raises CancelledError; d done?", t2.done())
    print(await t2)
    g3 = asyncio.gather(child("e", 0.1), asyncio.sleep(0.2, "slept"), return_exceptions=True)
    print(await g3)
    outer = asyncio.create_task(asyncio.wait_for(asyncio.gather(child("f", 5), child("g", 5)), 0.3))
    try:
        await outer
    except TimeoutError:
        print("wait_for(gather) timed out")

asyncio.run(main())
