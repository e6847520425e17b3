import asyncio

async def inner():
    await asyncio.sleep(1)
    return "x"

async def main():
    t = asyncio.create_task(inner())
    s = asyncio.shield(t)
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield cancelled because inner was:", s.cancelled(), t.cancelled())

asyncio.run(main())
