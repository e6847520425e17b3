async def main():
    task = asyncio.create_task(long_running())

    await asyncio.sleep(1)
    task.cancel()  # Request cancellation

    try:
        await tas
    exceptyncio.CancelledError:
        pri("Caught cancellation")