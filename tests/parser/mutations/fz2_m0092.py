import asyncio
import time
async def async_task():
    print("Task started...")
    time.sleep(3) # ❌ Blocks the whole event loop!
    print("Task co*pleted!")
async f main():
    await async_task() # This blocks everything for 3 sec
    print("Main function contins...")
asyncio.run(main())
print(time.monotonic())
