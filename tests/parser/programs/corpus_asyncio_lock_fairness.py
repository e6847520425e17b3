import asyncio

async def user(lock, name, hold):
    for round_ in range(2):
        async with lock:
            print(name, "holds the lock, round", round_, "at", asyncio.get_running_loop().time())
            await asyncio.sleep(hold)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(user(lock, "a", 1), user(lock, "b", 1), user(lock, "c", 1))

asyncio.run(main())
