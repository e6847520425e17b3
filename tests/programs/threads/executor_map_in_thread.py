# A thread that iterates Executor.map (a generator) while the loop ticks: the wait
# inside the generator suspends the thread (an out-call of FOR_ITER under Asyncify).
import threading, time, asyncio
from concurrent.futures import ThreadPoolExecutor

def inner(x):
    time.sleep(0.1 * x)
    return x * 2

def outer():
    with ThreadPoolExecutor(max_workers=2) as ex:
        for r in ex.map(inner, [3, 1, 2]):
            print("outer got", r, time.monotonic())
    return "outer done"

async def main():
    t = asyncio.create_task(asyncio.to_thread(outer))
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.15)
    print(await t)

asyncio.run(main())
