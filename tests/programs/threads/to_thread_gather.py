# Several blocking calls in threads at once: total time is the longest one.
import asyncio
import threading
import time


def fetch(name, seconds):
    print(f"{name} on {threading.current_thread().name}")
    time.sleep(seconds)
    return f"{name} took {seconds}s"


async def main():
    start = time.monotonic()
    results = await asyncio.gather(
        asyncio.to_thread(fetch, "a", 0.5),
        asyncio.to_thread(fetch, "b", 1.5),
        asyncio.to_thread(fetch, "c", 1.0),
    )
    for r in results:
        print(r)
    print(f"elapsed {time.monotonic() - start:.1f}s")


asyncio.run(main())
