import asyncio

async def long_running():
    try:
        print("Task: started")
        await asyncio.sleep(10)
        return "done"
    except asyncio.CancelledError:
        print("Task: cancelled, cleaning up")
        raise

async def main():
    t = asyncio.create_task(long_running())
    await asyncio.sleep(0.5)
    t.cancel()

    try:
        await t
    except asyncio.CancelledError:
        print("Caller: handled cancellation")

asyncio.run(main())
