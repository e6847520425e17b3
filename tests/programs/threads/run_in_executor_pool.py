# An explicit pool of two workers: the third and fourth calls wait for a free worker.
import asyncio
import concurrent.futures
import threading
import time


def job(n):
    print(f"job {n} starts on {threading.current_thread().name} at {time.monotonic():.1f}")
    time.sleep(1)
    return n


async def main():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix="worker") as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, job, n) for n in range(4)))
    print(results, f"at {loop.time():.1f}")


asyncio.run(main())
