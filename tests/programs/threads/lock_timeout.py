import threading
import time

lock = threading.Lock()


def holder():
    with lock:
        time.sleep(1)


t = threading.Thread(target=holder)
t.start()
print("acquire with timeout:", lock.acquire(timeout=0.3), f"at {time.monotonic():.1f}")
print("non-blocking:", lock.acquire(blocking=False))
print("blocking:", lock.acquire(), f"at {time.monotonic():.1f}")
lock.release()
t.join()
