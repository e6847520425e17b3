# The docs' shield pattern: ignore the caller's cancellation completely.
import asyncio

async def something():
    await asyncio.sleep(2)
    print("something finished")
    return "value"

async def caller():
    try:
        res = await asyncio.shield(something())
    except asyncio.CancelledError:
        res = None
    print("caller got", res)
    return res

async def main():
    t = asyncio.create_task(caller())
    await asyncio.sleep(1)
    t.cancel()
    print("caller result", await t)
    await asyncio.sleep(2)
    print("end", asyncio.get_running_loop().time())

asyncio.run(main())
