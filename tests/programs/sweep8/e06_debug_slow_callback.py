import asyncio, logging, sys, time

logging.basicConfig(level=logging.WARNING, stream=sys.stdout, format="%(name)s %(levelname)s %(message)s")

async def hog():
    time.sleep(0.2)
    return "hogged"

async def main():
    loop = asyncio.get_running_loop()
    print("debug", loop.get_debug(), loop.slow_callback_duration)
    print(await hog())
    loop.slow_callback_duration = 0.5
    print(await hog())
    try:
        loop.call_soon_threadsafe(print, "threadsafe ok")
        await asyncio.sleep(0)
    except RuntimeError as e:
        print(e)

asyncio.run(main(), debug=True)
