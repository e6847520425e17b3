from concurrent.futures import ThreadPoolExecutor
import threading
import time


def work(n):
    time.sleep(1.0 / n)
    print(f"work({n}) finished at {time.monotonic():.2f} on {threading.current_thread().name}")
    return n * 10


with ThreadPoolExecutor(max_workers=3) as ex:
    for result in ex.map(work, [1, 2, 4]):
        print("got", result, f"at {time.monotonic():.2f}")
