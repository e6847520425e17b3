import asyncio

async def consumer(cond, name):
    async with cond:
        print(name, "waits")
        await cond.wait()
        print(name, "notified at", asyncio.get_running_loop().time())

async def main():
    cond = asyncio.Condition()
    tasks = [asyncio.create_task(consumer(cond, f"c{i}")) for i in range(4)]
    await asyncio.sleep(1)
    async with cond:
        cond.notify()
    await asyncio.sleep(1)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(1)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
