import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    async def worker(n):
        await sem.acquire()
        log.append(f"start {n}")
        await asyncio.sleep(0.1 * (n % 3 + 1))
        log.append(f"end {n}")
        sem.release()
    await asyncio.gather(*(worker(n) for n in range(6)))
    print(log)
    sem2 = asyncio.Semaphore(0)
    waiters = [asyncio.create_task(sem2.acquire(), name=f"w{i}") for i in range(3)]
    await asyncio.sleep(0)
    sem2.release()
    sem2.release()
    await asyncio.sleep(0)
    print([w.done() for w in waiters], sem2.locked())
    sem2.release()
    await asyncio.gather(*waiters)
    print([w.result() for w in waiters])

asyncio.run(main())
