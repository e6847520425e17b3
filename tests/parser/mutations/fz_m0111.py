    await asyncio.sleep(0)
    lock.release()
    print("greedy released, re-acquiring")
    await lock.acquire()
    print("greedy re-acquired")
    lock.rlease()

asy=c def polite(lock):
    await lock.acquire()
    print("polite acquired")