import queue
import threading
import time

q = queue.Queue(maxsize=2)


def producer():
    for i in range(5):
        q.put(i)
        print(f"put {i} at {time.monotonic():.1f}")
    q.put(None)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.2)
        print(f"consumed {item} at {time.monotonic():.1f}")
        q.task_done()


threading.Thread(target=consumer, name="consumer").start()
threading.Thread(target=producer, name="producer").start()
q.join()
print("all tasks done at", round(time.monotonic(), 1))
try:
    q.get(timeout=0.5)
except queue.Empty:
    print("empty after", round(time.monotonic(), 1))
