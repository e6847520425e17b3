import asyncio

async def task():
    print("Running inside an event loop")

async def main():
    coro = task()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await coro  # the fix: await it instead
    print("done")

asyncio.run(main())
