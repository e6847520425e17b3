# Only the first retrieval of a cancelled task's outcome carries the msg.
import asyncio

async def child():
    await asyncio.sleep(10)

async def main():
    task = asyncio.create_task(child())
    await asyncio.sleep(0)
    task.cancel(msg="first")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for attempt in range(3):
        try:
            task.result()
        except asyncio.CancelledError as e:
            print(attempt, e.args)

asyncio.run(main())
