# PriorityQueue order (tuples, ties, equal priorities), LifoQueue order, and threads
# woken by put() in the order they began waiting.
import queue
import threading
import time

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (5, "e"), (0, "z")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
for n in [5, 3, 8, 1, 9, 2, 7]:
    pq.put_nowait(n)
print(pq.qsize(), pq.get_nowait(), pq.get(), pq.qsize())
print(sorted(pq.queue))
while not pq.empty():
    pq.get()
try:
    pq.get_nowait()
except queue.Empty:
    print("PriorityQueue empty")

bounded = queue.PriorityQueue(maxsize=2)
bounded.put(2)
bounded.put(1)
print(bounded.full())
try:
    bounded.put(0, block=False)
except queue.Full:
    print("PriorityQueue full")


class Job:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name

    def __lt__(self, other):
        return self.priority < other.priority


jobs = queue.PriorityQueue()
for p, n in [(2, "write"), (1, "read"), (3, "close")]:
    jobs.put(Job(p, n))
print([jobs.get().name for _ in range(3)])
try:
    mixed = queue.PriorityQueue()
    mixed.put(1)
    mixed.put("x")
except TypeError as e:
    print("TypeError:", e)

lq = queue.LifoQueue(maxsize=3)
for i in range(3):
    lq.put(i)
print(lq.full(), list(lq.queue), [lq.get() for _ in range(3)], lq.empty())
try:
    lq.get(timeout=0.1)
except queue.Empty:
    print(f"LifoQueue empty at {time.monotonic():.1f}")


def waiter(q, tag):
    print(f"  {tag} got {q.get()} at {time.monotonic():.1f}")


for q in (queue.PriorityQueue(), queue.LifoQueue()):
    for tag in ("first", "second", "third"):
        threading.Thread(target=waiter, args=(q, tag)).start()
    print(type(q).__name__)
    for item in (5, 1, 3):
        q.put(item)
    time.sleep(0.1)
    for item in (5, 1, 3):
        q.put(item)
    print("  left", [q.get() for _ in range(3)])
