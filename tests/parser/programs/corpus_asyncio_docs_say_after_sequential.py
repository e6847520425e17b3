# docs.python.org "Coroutines and Tasks": awaiting coroutines one after the other.
# time.strftime('%X') is replaced by the virtual clock so the output is exact.
import asyncio
import time

async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)

async def main():
    print(f"started at {time.monotonic():.1f}")

    await say_after(1, 'hello')
    await say_after(2, 'world')

    print(f"finished at {time.monotonic():.1f}")

asyncio.run(main())
