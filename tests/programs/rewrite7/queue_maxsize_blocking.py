# A bounded queue between threads: put() waits for room, get() for an item, with and
# without timeouts; Full and Empty.
import queue
import threading
import time

q = queue.Queue(maxsize=2)
print(q.maxsize, q.full(), q.empty(), q.qsize())
q.put("a")
q.put("b")
print(q.full(), q.qsize())
try:
    q.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e), e.args)
try:
    q.put("c", timeout=0.3)
except queue.Full:
    print(f"Full after timeout at {time.monotonic():.1f}")
try:
    q.put("c", block=False, timeout=5)
except queue.Full:
    print("Full without blocking, the timeout ignored")


def consumer(delay, count):
    for _ in range(count):
        time.sleep(delay)
        print(f"  consumer got {q.get()!r} at {time.monotonic():.1f}")


threading.Thread(target=consumer, args=(0.5, 5)).start()
for item in "cde":
    q.put(item)
    print(f"put {item!r} at {time.monotonic():.1f}, size {q.qsize()}")
try:
    q.put("f", timeout=0.2)
except queue.Full:
    print(f"Full at {time.monotonic():.1f}")
q.put("f", timeout=1)
print(f"put 'f' at {time.monotonic():.1f}")
time.sleep(2)
print("left:", list(q.queue))

e = queue.Queue()
try:
    e.get(timeout=0.25)
except queue.Empty as exc:
    print(f"Empty after timeout at {time.monotonic():.2f}", repr(exc))
try:
    e.get(block=False, timeout=3)
except queue.Empty:
    print("Empty without blocking")


def producer():
    for i in range(3):
        time.sleep(0.2)
        e.put(i)


threading.Thread(target=producer).start()
print([e.get(timeout=1) for _ in range(3)], f"at {time.monotonic():.2f}")
unbounded = queue.Queue(-5)
for i in range(100):
    unbounded.put_nowait(i)
print(unbounded.qsize(), unbounded.full())


def getter(tag):
    print(f"  {tag} got {b.get()} at {time.monotonic():.1f}")


b = queue.Queue(1)
for tag in ("g1", "g2", "g3"):
    threading.Thread(target=getter, args=(tag,)).start()
for i in range(3):
    time.sleep(0.1)
    b.put(i)
time.sleep(0.1)
print("done")
