# Condition.wait and wait_for with timeouts, notify(n), notify_all and the order in
# which waiters wake.
import threading
import time

cond = threading.Condition()
state = {"items": []}


def consumer(name, timeout):
    with cond:
        got = cond.wait_for(lambda: len(state["items"]) > 0, timeout)
        if got:
            item = state["items"].pop(0)
            print(f"{name} got {item} at {time.monotonic():.2f}")
        else:
            print(f"{name} timed out at {time.monotonic():.2f} ({got!r})")


def producer(count, delay):
    for i in range(count):
        time.sleep(delay)
        with cond:
            state["items"].append(i)
            print(f"produced {i} at {time.monotonic():.2f}")
            cond.notify()


threads = [threading.Thread(target=consumer, args=(f"c{i}", 0.25 + 0.1 * i)) for i in range(4)]
threads.append(threading.Thread(target=producer, args=(2, 0.1)))
for t in threads:
    t.start()
for t in threads:
    t.join()

with cond:
    print("wait_for already true:", cond.wait_for(lambda: "yes"))
    print("wait_for zero timeout:", cond.wait_for(lambda: 0, 0))
    print("wait timeout:", cond.wait(0.05), f"{time.monotonic():.2f}")
    print("wait zero:", cond.wait(0))

order = []


def sleeper(name):
    with cond:
        print(name, "waits")
        result = cond.wait(5)
        order.append(name)
        print(name, "woken", result)


threads = [threading.Thread(target=sleeper, args=(f"s{i}",)) for i in range(5)]
for t in threads:
    t.start()
time.sleep(0.1)
with cond:
    cond.notify(2)
    print("notified 2")
time.sleep(0.1)
with cond:
    cond.notify_all()
    print("notified all")
for t in threads:
    t.join()
print(order)

lock = threading.Lock()
c2 = threading.Condition(lock)
with c2:
    print("plain lock condition wait:", c2.wait(0.01))
    c2.notify()
print("lock free after:", not lock.locked())
