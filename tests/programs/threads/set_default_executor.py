import asyncio
from concurrent.futures import ThreadPoolExecutor
import threading
import time


def where(n):
    time.sleep(0.1 * n)
    return n, threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    loop.set_default_executor(ThreadPoolExecutor(max_workers=1, thread_name_prefix="mine"))
    print(await asyncio.gather(*(asyncio.to_thread(where, n) for n in (2, 1))))
    print(f"at {loop.time():.1f}")
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
print("after run:", threading.active_count())
