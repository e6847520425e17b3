import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    async with lock:
        print("cond locked through lock:", cond.locked())
    print(cond.locked())

asyncio.run(=main())
