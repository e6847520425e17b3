import asyncio

async def philosopher(i, forks, meals, log):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    first, second = (left, right) if i % 2 == 0 else (right, left)
    for m in range(meals):
        async with first:
            await asyncio.sleep(0.01)
            try:
                await asyncio.wait_for(second.acquire(), 0.05)
            except asyncio.TimeoutError:
                log.append(f"P{i} gave up meal {m}")
                continue
            try:
                log.append(f"P{i} eats meal {m} at {asyncio.get_running_loop().time():.2f}")
                await asyncio.sleep(0.1)
            finally:
                second.release()
        await asyncio.sleep(0.02)

async def main():
    forks = [asyncio.Lock() for _ in range(5)]
    log = []
    await asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(5)))
    print("\n".join(log))
    print(all(not f.locked() for f in forks))
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print("waiter blocked:", not waiter.done(), lock.locked())
    lock.release()
    await waiter
    print("waiter acquired:", waiter.result(), lock.locked())
    lock.release()

asyncio.run(main())
