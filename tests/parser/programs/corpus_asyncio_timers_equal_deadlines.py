# Timers due at the same instant fire in the order they were scheduled.
import asyncio

async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, "woke at", asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    for i in range(5):
        loop.call_later(1, print, "call_later", i)
    await asyncio.gather(*(sleeper(f"s{i}", 1) for i in range(5)))
    for i in reversed(range(4)):
        loop.call_at(loop.time() + 0.5, print, "call_at", i)
    await asyncio.sleep(0.5)
    await asyncio.sleep(0)
    print("end", loop.time())

asyncio.run(main())
