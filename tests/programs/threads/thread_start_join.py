import threading
import time


def worker(n):
    print(f"{threading.current_thread().name} starts")
    time.sleep(n * 0.1)
    print(f"{threading.current_thread().name} ends at {time.monotonic():.1f}")


threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 1, 2)]
for t in threads:
    t.start()
print("all started; alive:", [t.is_alive() for t in threads])
for t in threads:
    t.join()
    print("joined", t.name, "alive:", t.is_alive())
print("main ends at", round(time.monotonic(), 1), "threads:", threading.active_count())
