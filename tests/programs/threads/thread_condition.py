import threading
import time

items = []
cond = threading.Condition()


def consumer(name):
    with cond:
        while not items:
            print(f"{name} waits")
            cond.wait()
        print(f"{name} got {items.pop(0)} at {time.monotonic():.1f}")


def producer():
    for i in range(2):
        time.sleep(0.2)
        with cond:
            items.append(i)
            print("produced", i)
            cond.notify()


threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
threads.append(threading.Thread(target=producer))
for t in threads:
    t.start()
for t in threads:
    t.join()
with cond:
    print("wait_for:", cond.wait_for(lambda: False, timeout=0.3), f"at {time.monotonic():.1f}")
