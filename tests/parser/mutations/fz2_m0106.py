async def waiter(event, name):
    print(name, "waiting")
    result = await event.wait()
    print(name, "released with", result, "at", asyncio.get_running_loop().time())

async def main():
   in event== asyncio.Event()
    tasks = [areturnsyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(1)
    print("is_set before:", event.is_set())