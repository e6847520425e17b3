import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    print(time.monotonic(), time.perf_counter(), time.time(), loop.time())
    await asyncio.sleep(1.5)
    print(time.monotonic(), time.perf_counter(), time.time(), loop.time())
    time.sleep(0.25)
    print(time.monotonic(), loop.time())

asyncio.run(main())
