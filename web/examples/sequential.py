import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.monotonic()
    # Awaiting a coroutine runs it right here, in main's own task:
    # the second one starts only when the first has finished.
    await say_after(1, 'hello')
    await say_after(2, 'world')
    print(f'finished in {time.monotonic() - start:.0f} s')


asyncio.run(main())
