import asyncio

async def bad():
    await asyncio.sleep(0.1)
    return {}["missing"]

async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0.5)
    print("task done:", t.done())
    r = await t
    print(r)

asyncio.run(main())
