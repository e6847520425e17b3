import asyncio, logging, time, sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")

async def slow_step():
    time.sleep(0.2)
    await asyncio.sleep(0)
    time.sleep(0.05)

def slow_cb():
    time.sleep(0.3)

async def main():
    loop = asyncio.get_running_loop()
    print("debug", loop.get_debug(), loop.slow_callback_duration)
    loop.call_soon(slow_cb)
    await loop.create_task(slow_step(), name="slowpoke")
    loop.slow_callback_duration = 0.01
    await loop.create_task(slow_step(), name="slowpoke2")
    print("end")

asyncio.run(main(), debug=True)
