# The fix tutorials teach: a blocking call moved to a thread lets the ticker run.
import asyncio
import time


def blocking_io():
    print(f"blocking_io starts at {time.monotonic():.1f}")
    time.sleep(1)
    print(f"blocking_io ends at {time.monotonic():.1f}")
    return "file contents"


async def ticker():
    for i in range(5):
        print(f"tick {i} at {asyncio.get_running_loop().time():.1f}")
        await asyncio.sleep(0.3)


async def main():
    result, _ = await asyncio.gather(asyncio.to_thread(blocking_io), ticker())
    print("result:", result, "at", round(time.monotonic(), 1))


asyncio.run(main())
