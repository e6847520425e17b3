"""asyncio queues: Queue (first in, first out), PriorityQueue and LifoQueue.

A task that cannot go on (a consumer facing an empty queue, a producer facing
a full one) parks on a future of its own, kept in arrival order. Each change of
the content resolves the oldest future still pending, so blocked tasks resume
in the order they blocked and at the same loop turns as under CPython.
Subclasses choose the storage order through the _init/_put/_get hooks."""

import heapq
from _collections import deque as _deque

from asyncio import locks
from asyncio import mixins

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class QueueEmpty(Exception):
    """get_nowait() found nothing in the queue."""


class QueueFull(Exception):
    """put_nowait() found no free slot in a queue with a maxsize."""


def _park(parked, loop):
    # A ticket for one task: a future of its own, queued behind those parked earlier.
    ticket = loop.create_future()
    parked.append(ticket)
    return ticket


def _release_oldest(parked):
    # Futures already finished (their task was cancelled, or woken and not yet
    # run) are dropped on the way: only a pending one can take the turn.
    while parked:
        ticket = parked.popleft()
        if not ticket.done():
            ticket.set_result(None)
            return


def _leave(parked, ticket, still_blocked):
    """Withdraw `ticket` after its task was interrupted while parked on it.

    If the ticket had already been resolved, its task was given a turn it will
    not use; the turn passes to the next parked task when one can proceed."""
    ticket.cancel()
    if ticket in parked:
        parked.remove(ticket)
    if not ticket.cancelled() and not still_blocked():
        _release_oldest(parked)


class Queue(mixins._LoopBoundMixin):
    """Hands out items in the order they were put (first in, first out)."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _deque()      # consumers waiting for an item
        self._putters = _deque()      # producers waiting for a free slot
        self._unfinished_tasks = 0    # items put and not yet task_done()
        # Set exactly while no work is outstanding: what join() waits for.
        self._no_work_left = locks.Event()
        self._no_work_left.set()
        self._init(maxsize)

    # Storage hooks: the three methods a subclass replaces to change the order.

    def _init(self, maxsize):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    _wakeup_next = staticmethod(_release_oldest)

    # Queue[int] is a types.GenericAlias (for annotations), as in CPython.
    __class_getitem__ = classmethod(type(list[int]))

    def _format(self):
        parts = ['maxsize=' + repr(self._maxsize)]
        stored = getattr(self, '_queue', None)
        if stored:
            parts.append('_queue=' + repr(list(stored)))
        if self._getters:
            parts.append('_getters[%d]' % len(self._getters))
        if self._putters:
            parts.append('_putters[%d]' % len(self._putters))
        pending_work = self._unfinished_tasks
        if pending_work:
            parts.append('tasks=%d' % pending_work)
        return ' '.join(parts)

    def __repr__(self):
        return '<%s at %#x %s>' % (type(self).__name__, id(self), self._format())

    def __str__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        # A maxsize of zero or below means the queue never fills up.
        return 0 < self._maxsize <= self.qsize()

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        # The Event is set exactly while no work is outstanding: only the first item
        # of a busy spell clears it. (Tests of the parked lists before the calls
        # below save a call per item where nobody waits, the common case.)
        if not self._unfinished_tasks:
            self._no_work_left.clear()
        self._unfinished_tasks += 1
        if self._getters:
            _release_oldest(self._getters)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        if self._putters:
            _release_oldest(self._putters)
        return item

    # put() and get() park inline rather than through a shared coroutine so
    # that a task's stack (print_stack, tracebacks) has the frames CPython's
    # has; the lines a traceback can show (`await getter`) read as CPython's.

    async def put(self, item):
        while self.full():
            putter = _park(self._putters, self._get_loop())
            try:
                await putter
            except:
                _leave(self._putters, putter, self.full)
                raise
        self.put_nowait(item)

    async def get(self):
        while self.empty():
            getter = _park(self._getters, self._get_loop())
            try:
                await getter
            except:
                _leave(self._getters, getter, self.empty)
                raise
        return self.get_nowait()

    def task_done(self):
        left = self._unfinished_tasks - 1
        if left < 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks = left
        if left == 0:
            self._no_work_left.set()

    async def join(self):
        # An idle join() returns without giving up its turn.
        if not self._no_work_left.is_set():
            await self._no_work_left.wait()


class PriorityQueue(Queue):
    """Hands out the smallest item first (a binary heap in a list)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """Hands out the most recently put item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
