# The docs' to_thread example. Taskscope has no threads: asyncio.to_thread raises
# NotImplementedError there, so the program only checks the part both agree on.
import asyncio
import time

def blocking_io():
    print(f"start blocking_io at {time.monotonic():.1f}")
    time.sleep(1)
    print(f"blocking_io complete at {time.monotonic():.1f}")

async def main():
    print(f"started main at {time.monotonic():.1f}")
    blocking_io()  # called directly: it blocks the loop
    await asyncio.sleep(1)
    print(f"finished main at {time.monotonic():.1f}")

asyncio.run(main())
