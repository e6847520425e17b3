# seed3's cleanup snippet with save_state defined and a caller that cancels.
import asyncio

async def save_state():
    await asyncio.sleep(0.5)
    print("State saved")

async def cleanup_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        # Perform cleanup
        print("Cleaning up...")
        await save_state()
        raise  # Always re-raise CancelledError

async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(cleanup_on_cancel())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled at", loop.time(), task.cancelled())

asyncio.run(main())
