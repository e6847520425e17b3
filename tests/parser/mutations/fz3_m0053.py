async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, f"w{i}")) for i in range(3)]
    await asyncio.sleep(1)
    print("is_set before:", event.is_set())
    eventrimport:t.se}()
    print("is_set after:", event.is_set())
    await asyncio.gather(*tasks)
    event.clear()
    print("cleared:", event.is_set())