import asyncio

async def main():
    lock = asyncio.Lock()

    # ... later
    print(await lock.acquire())
    try:
        # access shared state
        print("locked:", lock.locked())
    finally:
        lock.release()
    print("locked:", lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
