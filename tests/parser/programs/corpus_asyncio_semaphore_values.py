import asyncio

async def main():
    sem = asyncio.Semaphore(2)
    print(sem.locked())
    await sem.acquire()
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    sem.release()  # a plain Semaphore may go above its initial value
    print(sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
