import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    marks = []
    for delay in (0.1, 0.25, 1, 0):
        await asyncio.sleep(delay)
        marks.append(round(loop.time(), 3))
    time.sleep(0.5)
    marks.append(round(loop.time(), 3))
    print(marks, round(time.monotonic(), 3))

asyncio.run(main())
