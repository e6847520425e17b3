import asyncio

async def main():
    async with asyncio.TaskGroup() as tg:
        print("empty group body")
    print("empty group exits at once", asyncio.get_running_loop().time())
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(0.5, "slept"))
    print(t.result(), asyncio.get_running_loop().time())

asyncio.run(main())
