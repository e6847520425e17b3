# seed1's asynchronous comparison, wrapped in main() so it can run.
import asyncio
import time

async def async_operation():
    await asyncio.sleep(1)  # Non-blocking sleep
    return "Done"

async def main():
    # Takes only 1 second total
    tasks = [async_operation() for _ in range(3)]
    results = await asyncio.gather(*tasks)
    print(results, time.monotonic())

asyncio.run(main())
