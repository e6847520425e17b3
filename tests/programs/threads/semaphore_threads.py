import threading
import time

slots = threading.Semaphore(2)


def visit(n):
    with slots:
        print(f"visitor {n} in at {time.monotonic():.1f}")
        time.sleep(1)
    print(f"visitor {n} out at {time.monotonic():.1f}")


threads = [threading.Thread(target=visit, args=(n,)) for n in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
