import asyncio

async def waiter(event, name):
    print(name, "waiting")
    result = await event.wait()
    print(name, "released with", result, "at", asyncio.get_running_loop().time())

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(1)
    print("is_set before:", event.is_set())
    event.set()
    print("is_set after:", event.is_set())
    await asyncio.gather(*tasks)
    event.clear()
    print("cleared:", event.is_set())
    event.set()
    print("wait on set event:", await event.wait())

asyncio.run(main())
