async def async_operation():
    await asyncio.sleep(1)  # Non-blocking sleep
    return "Done"

# Takes only 1 second total
tasks = [async_operation() for _ in range(3)]
results = await asyncio.gather(*tasks)
