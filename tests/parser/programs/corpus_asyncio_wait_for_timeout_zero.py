# 3.11 wait_for with timeout=0 on a fresh coroutine times out even for sleep(0).
import asyncio

async def quick():
    print("quick runs?")
    await asyncio.sleep(0)
    return "quick"

async def main():
    try:
        print(await asyncio.wait_for(quick(), timeout=0))
    except TimeoutError:
        print("TimeoutError with timeout=0")
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, timeout=0))
    print(await asyncio.wait_for(quick(), timeout=None))

asyncio.run(main())
