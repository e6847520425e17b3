"""queue: our Queue, LifoQueue, PriorityQueue and SimpleQueue against CPython's for
non-blocking use (order, sizes, full/empty, task counting and the errors), on seeded
random sequences of operations."""
import queue
import random
from compare import load, same

ts_queue = load("queue")


def script(q_mod, kind, maxsize, seed):
    rng = random.Random(seed)
    q = getattr(q_mod, kind)() if kind == "SimpleQueue" else getattr(q_mod, kind)(maxsize)
    log = []
    for _ in range(60):
        op = rng.choice(["put", "put", "get", "size", "done"])
        try:
            if op == "put":
                item = (rng.randint(0, 9), rng.randint(0, 99))
                if rng.random() < 0.5:
                    q.put_nowait(item)
                else:
                    q.put(item, block=False)
                log.append(("put", item))
            elif op == "get":
                log.append(("get", q.get_nowait() if rng.random() < 0.5 else q.get(False)))
            elif op == "size":
                log.append(("size", q.qsize(), q.empty(),
                            None if kind == "SimpleQueue" else q.full()))
            elif op == "done" and kind != "SimpleQueue":
                q.task_done()
                log.append(("done", q.unfinished_tasks))
        except Exception as e:
            log.append((op, type(e).__name__, str(e)))
    if kind != "SimpleQueue":
        log.append(("attrs", q.maxsize, list(q.queue) if kind != "PriorityQueue"
                    else sorted(q.queue)))
    return log


for kind in ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"):
    for maxsize in (0, 1, 3, -1):
        for seed in range(4):
            same(f"queue {kind} {maxsize} {seed}",
                 lambda: script(ts_queue, kind, maxsize, seed),
                 lambda: script(queue, kind, maxsize, seed))

for kind in ("Queue", "SimpleQueue"):
    same(f"queue {kind} negative timeout",
         lambda: getattr(ts_queue, kind)().get(timeout=-1),
         lambda: getattr(queue, kind)().get(timeout=-1))
    same(f"queue {kind} timeout empty",
         lambda: getattr(ts_queue, kind)().get(timeout=0.01),
         lambda: getattr(queue, kind)().get(timeout=0.01))
same("queue full timeout",
     lambda: (lambda q: (q.put(1), q.put(2, timeout=0.01)))(ts_queue.Queue(1)),
     lambda: (lambda q: (q.put(1), q.put(2, timeout=0.01)))(queue.Queue(1)))
same("queue put negative timeout",
     lambda: (lambda q: (q.put(1), q.put(2, timeout=-1)))(ts_queue.Queue(1)),
     lambda: (lambda q: (q.put(1), q.put(2, timeout=-1)))(queue.Queue(1)))
same("queue join done", lambda: ts_queue.Queue().join(), lambda: queue.Queue().join())
same("queue all", lambda: sorted(ts_queue.__all__), lambda: sorted(queue.__all__))
same("queue exc", lambda: (issubclass(ts_queue.Empty, Exception), ts_queue.Empty.__name__,
                           ts_queue.Full.__name__),
     lambda: (issubclass(queue.Empty, Exception), queue.Empty.__name__, queue.Full.__name__))
same("queue get negative timeout, not empty",
     lambda: (lambda q: (q.put(1), q.get(timeout=-1)))(ts_queue.Queue()),
     lambda: (lambda q: (q.put(1), q.get(timeout=-1)))(queue.Queue()))
same("queue put negative timeout, room",
     lambda: ts_queue.Queue().put(1, timeout=-1), lambda: queue.Queue().put(1, timeout=-1))
same("queue put negative timeout, no block",
     lambda: ts_queue.Queue().put(1, False, -1), lambda: queue.Queue().put(1, False, -1))
same("queue bounded put negative timeout, room",
     lambda: ts_queue.Queue(2).put(1, timeout=-1), lambda: queue.Queue(2).put(1, timeout=-1))

# Session 7 (the rewrite): return values, subscripting, the storage hooks a subclass
# overrides, and the counters.
for kind in ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"):
    same(f"queue {kind} generic alias",
         lambda: (lambda a: (type(a).__name__, a.__args__, a.__origin__.__name__ == kind))(
             getattr(ts_queue, kind)[int]),
         lambda: (lambda a: (type(a).__name__, a.__args__, a.__origin__.__name__ == kind))(
             getattr(queue, kind)[int]))
    same(f"queue {kind} put returns",
         lambda: (lambda q: (q.put(1), q.put_nowait(2), q.qsize()))(getattr(ts_queue, kind)()),
         lambda: (lambda q: (q.put(1), q.put_nowait(2), q.qsize()))(getattr(queue, kind)()))
for kind in ("Queue", "LifoQueue", "PriorityQueue"):
    same(f"queue {kind} task_done on a fresh queue",
         lambda: getattr(ts_queue, kind)().task_done(),
         lambda: getattr(queue, kind)().task_done())
    same(f"queue {kind} counters",
         lambda: (lambda q: [q.put(i) for i in (3, 1, 2)] + [q.get(), q.task_done(),
                             q.unfinished_tasks, q.full(), q.empty(), q.maxsize])(
             getattr(ts_queue, kind)(3)),
         lambda: (lambda q: [q.put(i) for i in (3, 1, 2)] + [q.get(), q.task_done(),
                             q.unfinished_tasks, q.full(), q.empty(), q.maxsize])(
             getattr(queue, kind)(3)))
    same(f"queue {kind} get nowait on empty, full nowait",
         lambda: (lambda q: (q.put(1), q.put(2, block=False)))(getattr(ts_queue, kind)(1)),
         lambda: (lambda q: (q.put(1), q.put(2, block=False)))(getattr(queue, kind)(1)))


def reversed_queue(base):
    # A subclass that changes the order through the storage hooks, as CPython documents.
    class Newest(base.Queue):
        def _init(self, maxsize):
            self.queue = []

        def _put(self, item):
            self.queue.insert(0, item)

        def _get(self):
            return self.queue.pop(0)
    q = Newest(2)
    q.put("a")
    q.put("b")
    return [q.full(), q.get(), q.get(), q.empty(), q.qsize()]


same("queue subclass storage hooks", lambda: reversed_queue(ts_queue),
     lambda: reversed_queue(queue))
same("queue SimpleQueue put ignores timeout",
     lambda: (lambda q: (q.put(1, True, -5), q.get(True, 0)))(ts_queue.SimpleQueue()),
     lambda: (lambda q: (q.put(1, True, -5), q.get(True, 0)))(queue.SimpleQueue()))
same("queue Queue get timeout 0 with item",
     lambda: (lambda q: (q.put(1), q.get(timeout=0)))(ts_queue.Queue()),
     lambda: (lambda q: (q.put(1), q.get(timeout=0)))(queue.Queue()))
same("queue Queue get timeout 0 empty",
     lambda: ts_queue.Queue().get(timeout=0), lambda: queue.Queue().get(timeout=0))
