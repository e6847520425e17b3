# queue.Queue with worker threads: task_done() and join(), unfinished_tasks, and
# task_done() called once too often.
import queue
import threading
import time

q = queue.Queue()


def worker(name):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            print(f"{name} stops at {time.monotonic():.1f}")
            return
        time.sleep(item)
        print(f"{name} did {item} at {time.monotonic():.1f}")
        q.task_done()


threads = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(2)]
for t in threads:
    t.start()
for item in (0.3, 0.1, 0.2, 0.1):
    q.put(item)
print("unfinished", q.unfinished_tasks, "size", q.qsize())
q.join()
print(f"joined at {time.monotonic():.1f}", q.unfinished_tasks, q.empty())


def joiner(tag):
    q.join()
    print(f"{tag} join returns at {time.monotonic():.1f}")


q.put(0.2)
for tag in ("j1", "j2"):
    threading.Thread(target=joiner, args=(tag,)).start()
q.join()
print(f"main join returns at {time.monotonic():.1f}")
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e, q.unfinished_tasks)

q2 = queue.LifoQueue()
q2.put(1)
q2.get()
q2.task_done()
try:
    q2.task_done()
except ValueError as e:
    print("LifoQueue:", e)
q2.join()
print("join on a finished queue returns at once")
