# What tutorials print to show a thread pool at work: its size, its threads, the work
# still queued, whether it is shut down.
from concurrent.futures import ThreadPoolExecutor
import time


def task(n):
    time.sleep(0.5)
    return n


pool = ThreadPoolExecutor(max_workers=2)
print("max workers:", pool._max_workers, "threads:", len(pool._threads))
futures = [pool.submit(task, n) for n in range(5)]
print("threads:", len(pool._threads), "queued:", pool._work_queue.qsize())
time.sleep(0.6)
print("queued at 0.6:", pool._work_queue.qsize(), [f.done() for f in futures])
print("shut down?", pool._shutdown)
pool.shutdown()
print("shut down?", pool._shutdown, [f.result() for f in futures], f"at {time.monotonic():.1f}")
