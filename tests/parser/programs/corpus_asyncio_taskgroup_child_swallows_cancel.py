import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    await asyncio.sleep(1)
    print("stubborn done at", asyncio.get_running_loop().time())

async def failing():
    await asyncio.sleep(1)
    raise ValueError("fail")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(stubborn())
            tg.create_task(failing())
    except* ValueError:
        print("group done at", asyncio.get_running_loop().time())

asyncio.run(main())
