from concurrent.futures import ThreadPoolExecutor
import threading
import time


def slow_square(x):
    time.sleep(0.5)
    return x * x


with ThreadPoolExecutor() as ex:
    f1 = ex.submit(slow_square, 3)
    f2 = ex.submit(slow_square, 4)
    print("submitted; running:", f1.running(), f2.running(), "done:", f1.done())
    print("results:", f1.result(), f2.result(), f"at {time.monotonic():.1f}")
    print("done:", f1.done(), f2.done())
print("threads left:", threading.active_count())
