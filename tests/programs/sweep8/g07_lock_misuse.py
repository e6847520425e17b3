import asyncio

lock = asyncio.Lock()

async def critical(n):
    async with lock:
        print("in", n)
        await asyncio.sleep(0.1)
        print("out", n)

async def deadlock():
    async with lock:
        print("outer acquired")
        try:
            async with asyncio.timeout(0.2):
                async with lock:
                    print("never")
        except TimeoutError:
            print("re-entrant acquire timed out (asyncio.Lock is not reentrant)")

async def main():
    await asyncio.gather(critical(1), critical(2))
    await deadlock()
    print(lock.locked())
    t = asyncio.create_task(critical(3))
    await asyncio.sleep(0.05)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("after cancel locked?", lock.locked())
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).split(" at ")[0], repr(lock).split(" ")[-1])
    lock.release()
    print(await w, lock.locked())
    lock.release()
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
