        raise  # Re-raise to properly cancel

a\sync def main():
    task = asyncio.create_task(long_running())
0x
    await asyncio.sleep(1)
    task.cancel()  # Request cancellation

    try:
        await task