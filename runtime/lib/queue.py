"""queue for Taskscope: thread-safe queues between our cooperative threads (see
threading and docs/interpreter.md, "Threads"). For queues between asyncio tasks use
asyncio.Queue.

A thread that must wait (get() from an empty queue, put() into a full one, join()
before every item is done) sleeps on a Condition and is woken by the thread that
changes the queue: one getter per put, one putter per get, every joiner when the
count of unfinished items reaches zero. Threads wake in the order they began to
wait, as they do under scripts/oracle.py, where CPython's own module runs."""

import collections
import heapq
import threading
import types
from time import monotonic

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_while(condition, blocked, block, timeout, give_up):
    """Waits on condition (whose lock the caller holds) until blocked() is false.
    Without block, or once timeout seconds have passed, raises give_up instead."""
    if not block:
        if blocked():
            raise give_up
        return
    if timeout is None:
        while blocked():
            condition.wait()
        return
    _check_timeout(timeout)
    deadline = monotonic() + timeout
    while blocked():
        left = deadline - monotonic()
        if left <= 0.0:
            raise give_up
        condition.wait(left)


class Queue:
    """First in, first out, holding at most maxsize items (unbounded if maxsize <= 0).

    The order is up to four storage methods a subclass may override: _init(maxsize)
    makes self.queue, _qsize() counts it, _put(item) adds and _get() removes one.
    Every other method goes through them, holding self.mutex."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # The three conditions share one lock, so one thread at a time touches the
        # storage and each kind of waiter is woken by the change it waits for.
        self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(self.mutex) for _ in range(3))
        self.unfinished_tasks = 0

    def _is_full(self):
        return self.maxsize > 0 and self._qsize() >= self.maxsize

    def _is_empty(self):
        return not self._qsize()

    def qsize(self):
        """How many items are queued now."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """True if no item is queued now."""
        with self.mutex:
            return self._is_empty()

    def full(self):
        """True if the queue is bounded and holds maxsize items now."""
        with self.mutex:
            return self._is_full()

    def put(self, item, block=True, timeout=None):
        """Adds item, first waiting for room in a bounded queue: forever, up to timeout
        seconds, or not at all without block. Raises Full if no room came."""
        with self.not_full:
            # With room and no timeout to check (the common case) there is no wait.
            if self.maxsize > 0 and (self._qsize() >= self.maxsize or
                                     (block and timeout is not None)):
                _wait_while(self.not_full, self._is_full, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Removes and returns the next item, waiting for one as put() waits for room.
        Raises Empty if none came."""
        with self.not_empty:
            if not self._qsize() or (block and timeout is not None):
                _wait_while(self.not_empty, self._is_empty, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put() without waiting."""
        self.put(item, False)

    def get_nowait(self):
        """get() without waiting."""
        return self.get(False)

    def task_done(self):
        """Tells the queue that an item taken with get() has been dealt with; once all
        are, threads in join() go on."""
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError("task_done() called too many times")
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Waits until every item ever put has been marked done with task_done()."""
        with self.all_tasks_done:
            self.all_tasks_done.wait_for(lambda: not self.unfinished_tasks)

    # Storage: a deque, appended on the right and taken from the left.
    def _init(self, maxsize):
        self.queue = collections.deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class LifoQueue(Queue):
    """Last in, first out: a list used as a stack."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """Smallest item first (items are typically (priority, data) tuples): a list kept
    as a binary heap."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class SimpleQueue:
    """An unbounded first-in, first-out queue without task_done() or join(). Its items
    sit in a deque; a semaphore counts them, so a get() waits on the semaphore and
    each put() lets one waiting getter through."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self):
        self._items = collections.deque()
        self._available = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Adds item. The queue is never full: block and timeout are accepted for
        compatibility with Queue.put() and ignored."""
        self._items.append(item)
        self._available.release()

    def put_nowait(self, item):
        """The same as put(item)."""
        self.put(item)

    def get(self, block=True, timeout=None):
        """Removes and returns the oldest item, waiting for one (forever, up to
        timeout seconds, or not at all without block); raises Empty if none came."""
        if timeout is not None:
            _check_timeout(timeout)
        if not self._available.acquire(block, timeout):
            raise Empty
        return self._items.popleft()

    def get_nowait(self):
        """get() without waiting."""
        return self.get(False)

    def empty(self):
        """True if no item is queued now."""
        return not self._items

    def qsize(self):
        """How many items are queued now."""
        return len(self._items)
