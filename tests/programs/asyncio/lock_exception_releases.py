import asyncio

async def risky(lock, n):
    try:
        async with lock:
            print("task", n, "has the lock")
            await asyncio.sleep(0.1)
            if n == 1:
                raise RuntimeError("failure while holding the lock")
    except RuntimeError as e:
        print("task", n, "error:", e, "| locked:", lock.locked())

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(risky(lock, 1), risky(lock, 2))
    print("locked at the end:", lock.locked())

asyncio.run(main())
