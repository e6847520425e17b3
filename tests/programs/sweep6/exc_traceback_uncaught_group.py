import asyncio

async def fail(n):
    await asyncio.sleep(n / 10)
    raise ValueError(f"task {n} broke")

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(fail(i))
    print("never")

asyncio.run(main())
