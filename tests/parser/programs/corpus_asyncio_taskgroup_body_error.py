import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("only child"))
            await asyncio.sleep(0.5)
            raise ValueError("error in the body")
    except* ValueError as eg:
        print("body error:", eg.exceptions)
    print("time", asyncio.get_running_loop().time())

asyncio.run(main())
