# The mistake, then the fix: time.sleep in a coroutine freezes the loop; in a thread it
# does not.
import asyncio
import time


async def ticker(label):
    for i in range(3):
        print(f"{label}: tick {i} at {time.monotonic():.2f}")
        await asyncio.sleep(0.25)


async def wrong():
    print("wrong: sleeping in the coroutine")
    time.sleep(1)
    print(f"wrong: woke at {time.monotonic():.2f}")


async def right():
    print("right: sleeping in a thread")
    await asyncio.to_thread(time.sleep, 1)
    print(f"right: woke at {time.monotonic():.2f}")


async def main():
    t0 = time.monotonic()
    await asyncio.gather(wrong(), ticker("A"))
    print(f"first part took {time.monotonic() - t0:.2f}s")
    t0 = time.monotonic()
    await asyncio.gather(right(), ticker("B"))
    print(f"second part took {time.monotonic() - t0:.2f}s")


asyncio.run(main())
