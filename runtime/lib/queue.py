"""queue for a program with one thread: Queue, LifoQueue, PriorityQueue and
SimpleQueue behave as in CPython for non-blocking use. A blocking get() on an empty
queue (or put() on a full one) can only finish if another thread acts, so: with a
timeout it waits that long (time.sleep) and raises Empty/Full, as CPython would;
without one it raises RuntimeError instead of hanging forever. For queues between
asyncio tasks use asyncio.Queue."""

import collections
import heapq
import time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


_BAD_TIMEOUT = "'timeout' must be a non-negative number"
_ONE_THREAD = ("{} would wait forever: this program has only one thread "
               "(use asyncio.Queue between tasks)")


def _cannot_proceed(operation, may_block, timeout, failure):
    """What a put() or get() that cannot go ahead does. With one thread nothing can
    change the queue while we wait, so the wait always ends in `failure`."""
    if not may_block:
        raise failure
    if timeout is None:
        raise RuntimeError(_ONE_THREAD.format(operation))
    if timeout < 0:
        raise ValueError(_BAD_TIMEOUT)
    time.sleep(timeout)
    raise failure


def _check_timeout(may_block, timeout):
    # CPython refuses a negative timeout of a blocking call even when it need not wait.
    if may_block and timeout is not None and timeout < 0:
        raise ValueError(_BAD_TIMEOUT)


def _generic(cls, parameters):
    # Queue[int] is accepted for annotations and means the class itself.
    return cls


class Queue:
    """A FIFO queue with an optional maximum size (0 or less: unbounded).

    Subclasses change the order by overriding the storage hooks _init, _qsize, _put
    and _get, as CPython documents; everything else goes through them."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        self._init(maxsize)

    __class_getitem__ = classmethod(_generic)

    # The storage hooks: a deque used first in, first out.
    def _init(self, maxsize):
        self.queue = collections.deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _at_capacity(self):
        return self.maxsize > 0 and self._qsize() >= self.maxsize

    def qsize(self):
        return self._qsize()

    def empty(self):
        return self._qsize() == 0

    def full(self):
        return self._at_capacity()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0:
            # Only a bounded queue's put() may wait, so only it checks the timeout.
            _check_timeout(block, timeout)
        if self._at_capacity():
            _cannot_proceed("Queue.put()", block, timeout, Full)
        self._put(item)
        self.unfinished_tasks = self.unfinished_tasks + 1

    def put_nowait(self, item):
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if self._qsize() == 0:
            _cannot_proceed("Queue.get()", block, timeout, Empty)
        return self._get()

    def get_nowait(self):
        return self.get(False)

    def task_done(self):
        if self.unfinished_tasks < 1:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = self.unfinished_tasks - 1

    def join(self):
        if self.unfinished_tasks > 0:
            raise RuntimeError(_ONE_THREAD.format("Queue.join()"))


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
    """An unbounded FIFO queue without task counting."""

    def __init__(self):
        self._items = collections.deque()

    __class_getitem__ = classmethod(_generic)

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def put(self, item, block=True, timeout=None):
        # Never full, so block and timeout have nothing to do.
        self._items.append(item)

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError(_BAD_TIMEOUT)
        if not self._items:
            _cannot_proceed("SimpleQueue.get()", block, timeout, Empty)
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)
