import threading
import time

lock = threading.RLock()


def outer(name):
    with lock:
        print(f"{name} outer")
        inner(name)


def inner(name):
    with lock:
        print(f"{name} inner")
        time.sleep(0.1)


threads = [threading.Thread(target=outer, args=(n,)) for n in "ab"]
for t in threads:
    t.start()
for t in threads:
    t.join()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(lock.acquire(blocking=False), lock.acquire(blocking=False))
lock.release()
lock.release()
