import asyncio


async def ticker():
    for i in range(4):
        print(f"tick {i}")
        await asyncio.sleep(1)


async def async_task():
    print("Task started...")
    await asyncio.sleep(3)  # Non-blocking: other tasks keep running
    print("Task completed!")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0.5)
    await async_task()
    print("Main function continues...")
    await t


asyncio.run(main())
