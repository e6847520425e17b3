import asyncio

async def child():
    task = asyncio.current_task()
    for round_ in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("round", round_, "cancelling", task.cancelling())
            print("uncancel ->", task.uncancel())
    return "survived"

async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0.5)
    task.cancel()
    await asyncio.sleep(0.1)
    task.cancel()
    task.cancel()
    print(await task, task.cancelling())

asyncio.run(main())
