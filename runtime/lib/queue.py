"""queue: Queue, LifoQueue, PriorityQueue and SimpleQueue for threads (which run as
cooperative fibers, see threading). A get() on an empty queue, or a put() on a full
one, waits until another thread changes it, or until its timeout passes. The waits are
built as CPython's are (conditions over one lock; SimpleQueue as its pure-Python
version, over a semaphore), so threads wake in the same order. For queues between
asyncio tasks use asyncio.Queue."""

import collections
import heapq
import threading
from time import monotonic as _monotonic

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


_BAD_TIMEOUT = "'timeout' must be a non-negative number"


def time():
    return _monotonic()


def _generic(cls, parameters):
    # Queue[int] is accepted for annotations and means the class itself.
    return cls


class Queue:
    """A FIFO queue with an optional maximum size (0 or less: unbounded).

    Subclasses change the order by overriding the storage hooks _init, _qsize, _put
    and _get, as CPython documents; everything else goes through them."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One lock; three conditions over it: for getters, putters and join().
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    __class_getitem__ = classmethod(_generic)

    def task_done(self):
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError("task_done() called too many times")
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError(_BAD_TIMEOUT)
                else:
                    end = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = end - time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError(_BAD_TIMEOUT)
            else:
                end = time() + timeout
                while not self._qsize():
                    remaining = end - time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # The storage hooks: a deque used first in, first out.
    def _init(self, maxsize):
        self.queue = collections.deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class _ListQueue(Queue):
    """A queue whose storage is a plain list; the subclasses pick the order."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)


class LifoQueue(_ListQueue):
    """Retrieves the most recently added entry first."""

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(_ListQueue):
    """Retrieves the lowest entry first (a heap kept by heapq)."""

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class SimpleQueue:
    """An unbounded FIFO queue without task counting: a deque and a semaphore that
    counts its items."""

    def __init__(self):
        self._queue = collections.deque()
        self._count = threading.Semaphore(0)

    __class_getitem__ = classmethod(_generic)

    def put(self, item, block=True, timeout=None):
        # Never full, so block and timeout have nothing to do.
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError(_BAD_TIMEOUT)
        if not self._count.acquire(block, timeout):
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)
