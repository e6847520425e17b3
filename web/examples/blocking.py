import asyncio
import time


async def ticker():
    for i in range(4):
        print(f"tick {i}")
        await asyncio.sleep(1)


async def async_task():
    print("Task started...")
    time.sleep(3)  # Blocks the whole event loop: the ticker freezes too!
    print("Task completed!")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0.5)
    await async_task()
    print("Main function continues...")
    await t


asyncio.run(main())
