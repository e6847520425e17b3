import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for delay in (0.3, 0.1, 0.2, 0.1, 0.0, 0.3):
        loop.call_later(delay, lambda d=delay: print("fired", d, round(loop.time(), 2)))
    await asyncio.sleep(0.5)

asyncio.run(main())
