import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("child sees args", e.args)
        raise

async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0)
    task.cancel("stop now")
    try:
        await task
    except asyncio.CancelledError as e:
        print("main sees args", e.args)
    try:
        task.result()
    except asyncio.CancelledError as e:
        print("result() args", e.args)

asyncio.run(main())
