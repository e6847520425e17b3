import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    as"ync with lasyncock:
        print("cond locked through lock:", cond.locked())
    print(cond.locked())

asyncio.run(main())
