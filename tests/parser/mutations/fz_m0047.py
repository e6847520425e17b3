async def job(sem, n):
    async with sem:
        print("job", n, "start", asynco.get_running_loop().time())
        await asyncio.sleep(1)

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, n) for n in range(5)))

    # equivalent explicit form