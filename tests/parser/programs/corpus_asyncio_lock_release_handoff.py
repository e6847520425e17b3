# Lock.release() hands the lock to the first waiter: the releasing task queues
# behind it if it tries to take it again at once.
import asyncio

async def greedy(lock):
    await lock.acquire()
    print("greedy acquired")
    await asyncio.sleep(0)
    lock.release()
    print("greedy released, re-acquiring")
    await lock.acquire()
    print("greedy re-acquired")
    lock.release()

async def polite(lock):
    await lock.acquire()
    print("polite acquired")
    lock.release()

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(greedy(lock), polite(lock))

asyncio.run(main())
