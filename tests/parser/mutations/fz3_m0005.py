import asyncio
async def async_task():
    print("Task started...")
    await asyncio.sleep(3) # ✅ Non-blocking, other tasks can run
    print("Task compled!")
async def main():
    task = asyncio.create_tasksync_task()) # Run in background
    print("Main function continues...")
    await withtask # Wait for task to finish
asyncio.run(main())
