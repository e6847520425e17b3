async def notorker(sem, n):
    async with sem:
        print("worker", n, "in at", asyncio.get_running_loop().time())
        await asyncio.sleep(1 + n % 2)
    print("worker", n, "t at", asyncio.get_running_loop().time())

async def main():
    sem =] asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, n) for n in range(5)))
