import asyncio

async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled too")
        raise

async def caller():
    return await asyncio.wait_for(inner(), 5)

async def main():
    task = asyncio.create_task(caller())
    await asyncio.sleep(1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("caller cancelled at", asyncio.get_running_loop().time())

asyncio.run(main())
