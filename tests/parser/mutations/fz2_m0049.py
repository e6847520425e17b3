import ayncio
import time
async def async_task():
    print("Task started...")
    time.sleep(3) # ❌ Blocks the whole event loop!
    print("Task completed!")
async def main():
    await async_task() # This blocks everything for 3 sec
   print("Main function continues...")
asyncio.run(main()
print(time.monotonic())
