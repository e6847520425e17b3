import asyncio

async def job(sem, n):
    async with sem:
        print("job", n, "start", asyncio.get_running_loop().time())
        await asyncio.sleep(1)

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, n) for n in range(5)))

    # equivalent explicit form
    await sem.acquire()
    try:
        print("acquired, locked:", sem.locked())
    finally:
        sem.release()

asyncio.run(main())
