import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallowing the cancellation")
    await asyncio.sleep(1)
    return "finished anyway"

async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(stubborn())
    await asyncio.sleep(1)
    task.cancel()
    result = await task
    print(result, task.cancelled(), task.cancelling(), loop.time())

asyncio.run(main())
