# A task woken by a timer resumes one iteration after the timer fires, so a plain
# call_later callback due at the same instant runs first even if scheduled later.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async def sleeper():
        await asyncio.sleep(1)
        print("task resumed")
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    loop.call_later(1, print, "callback scheduled after the sleep")
    await t

asyncio.run(main())
