# seed4's warning made real. asyncio.run() called from a coroutine that the loop
# is already running.
import asyncio
async def task():
    print("Running inside an event loop")
async def main():
    asyncio.run(task())
asyncio.run(main())
