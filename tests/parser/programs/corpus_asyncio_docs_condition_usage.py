import asyncio

async def consumer(cond, name, items):
    async with cond:
        await cond.wait()
        print(name, "woke up with", items)

async def main():
    cond = asyncio.Condition()
    items = []
    tasks = [asyncio.create_task(consumer(cond, n, items)) for n in ("c1", "c2")]
    await asyncio.sleep(0.1)

    # ... later
    async with cond:
        items.append("x")
        cond.notify_all()
    await asyncio.gather(*tasks)

    # equivalent explicit form
    await cond.acquire()
    try:
        print("holding the condition's lock:", cond.locked())
    finally:
        cond.release()
    print(cond.locked())

asyncio.run(main())
