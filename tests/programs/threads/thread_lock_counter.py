# A lock held across a sleep: the other threads queue up and take it in turn.
import threading
import time

lock = threading.Lock()
counter = 0


def increment(name):
    global counter
    for _ in range(2):
        with lock:
            value = counter
            print(f"{name} holds the lock at {time.monotonic():.1f}")
            time.sleep(0.1)
            counter = value + 1


threads = [threading.Thread(target=increment, args=(f"t{i}",)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter, "locked:", lock.locked())
