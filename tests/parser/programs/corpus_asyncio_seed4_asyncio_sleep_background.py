import asyncio
async def async_task():
    print("Task started...")
    await asyncio.sleep(3) # ✅ Non-blocking, other tasks can run
    print("Task completed!")
async def main():
    task = asyncio.create_task(async_task()) # Run in background
    print("Main function continues...")
    await task # Wait for task to finish
asyncio.run(main())
