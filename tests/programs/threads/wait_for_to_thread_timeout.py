# A thread cannot be cancelled: wait_for gives up, the thread runs to its end, and
# asyncio.run waits for it when it shuts the default executor down.
import asyncio
import time


def slow():
    time.sleep(1)
    print(f"slow finished anyway at {time.monotonic():.1f}")
    return 42


async def main():
    try:
        await asyncio.wait_for(asyncio.to_thread(slow), 0.5)
    except asyncio.TimeoutError:
        print(f"timed out at {time.monotonic():.1f}")
    print("quick:", await asyncio.wait_for(asyncio.to_thread(lambda: "fast"), 0.5))
    print("main returns")


asyncio.run(main())
print(f"asyncio.run returned at {time.monotonic():.1f}")
