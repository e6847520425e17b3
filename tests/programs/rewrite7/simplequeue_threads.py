# queue.SimpleQueue: order, sizes, Empty with and without timeouts, and getters in
# threads woken one per put().
import queue
import threading
import time

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for i in range(4):
    sq.put(i)
sq.put_nowait("x")
sq.put(None, block=False, timeout=-1)
print(sq.qsize(), sq.empty(), [sq.get() for _ in range(3)], sq.get_nowait(),
      sq.get(False), sq.get(timeout=1))
try:
    sq.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    sq.get(timeout=0.4)
except queue.Empty:
    print(f"Empty after timeout at {time.monotonic():.1f}")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sq.get(block=False, timeout=-1)
except queue.Empty:
    print("no block, negative timeout: Empty")
except ValueError as e:
    print("no block, negative timeout: ValueError", e)


def getter(tag, timeout):
    try:
        item = sq.get(timeout=timeout)
        print(f"  {tag} got {item} at {time.monotonic():.1f}")
    except queue.Empty:
        print(f"  {tag} timed out at {time.monotonic():.1f}")


for tag, timeout in (("a", None), ("b", 0.3), ("c", None)):
    threading.Thread(target=getter, args=(tag, timeout)).start()
time.sleep(0.2)
sq.put(1)
time.sleep(0.2)
sq.put(2)
sq.put(3)
time.sleep(0.1)
print("left", sq.qsize(), sq.get())
print(hasattr(sq, "task_done"), hasattr(sq, "join"))
