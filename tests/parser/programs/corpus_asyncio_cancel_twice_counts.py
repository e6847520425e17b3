import asyncio

async def child():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print("cancelling() in child:", t.cancelling())
        print("uncancel ->", t.uncancel())
        print("uncancel ->", t.uncancel())
        print("uncancel ->", t.uncancel())
        return "recovered"

async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0)
    print(task.cancel(), task.cancel())
    print("cancelling():", task.cancelling())
    print(await task)

asyncio.run(main())
