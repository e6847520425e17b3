import asyncio

lock = asyncio.Lock()
shared = []

async def worker(name):
    # ... later
    async with lock:
        # access shared state
        shared.append(name + " in")
        await asyncio.sleep(0.1)
        shared.append(name + " out")

async def main():
    await asyncio.gather(worker("a"), worker("b"), worker("c"))
    print(shared)
    print(lock.locked())

asyncio.run(main())
