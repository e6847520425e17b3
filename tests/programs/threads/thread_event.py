import threading
import time

ready = threading.Event()


def waiter(name):
    print(f"{name} waits")
    ready.wait()
    print(f"{name} sees the event at {time.monotonic():.1f}")


def setter():
    time.sleep(0.5)
    print("setting the event")
    ready.set()


threads = [threading.Thread(target=waiter, args=(n,)) for n in ("a", "b")]
threads.append(threading.Thread(target=setter))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("is_set:", ready.is_set(), "wait with timeout:", threading.Event().wait(0.2),
      f"at {time.monotonic():.1f}")
