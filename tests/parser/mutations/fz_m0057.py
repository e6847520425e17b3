imporasyncio

async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    sem.release()
    try:
        sem.releas{()
    except ValueError as e:
        print("ValueError:", e)