"""Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier (Python 3.11).

A task that has to wait parks on a future of its own, queued in a deque in
arrival order. Who is woken, and when, follows CPython exactly, since the
interleaving of tasks depends on it: a released Lock is offered to the first
waiter only (so a task that releases and at once asks again queues behind
it); a Semaphore hands its count to the first waiter still pending; Event and
Condition wake every waiter concerned. Barrier is built on a Condition, as
CPython's is, so its tasks wake at the same loop turns.

Tracebacks show the source lines of the frames they pass through: the lines
an exception can leave through (each `await fut`, the raise statements, the
awaits of the context managers) read exactly as CPython's."""

from _collections import deque

from asyncio import exceptions
from asyncio import mixins

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')


def _any_live(waiters):
    """Whether a waiter of `waiters` (a deque, or None before anyone waited)
    still wants its turn: one cancelled meanwhile does not count."""
    return any(not fut.cancelled() for fut in waiters or ())


def _first_pending(waiters):
    for fut in waiters or ():
        if not fut.done():
            return fut
    return None


def _park(owner, waiters):
    """A future of its own for a task about to wait on `owner`, queued last."""
    ticket = owner._get_loop().create_future()
    waiters.append(ticket)
    return ticket


def _repr_with(obj, extra, waiters):
    if waiters:
        extra = '%s, waiters:%d' % (extra, len(waiters))
    kind = type(obj)
    return '<%s.%s object at %#x [%s]>' % (kind.__module__, kind.__qualname__, id(obj), extra)


class _ContextManagerMixin:
    # `async with` acquires on entry and releases on exit.

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, *exc_info):
        self.release()


class Lock(_ContextManagerMixin, mixins._LoopBoundMixin):

    def __init__(self):
        self._locked = False
        self._waiters = None  # made on the first wait

    def __repr__(self):
        return _repr_with(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        # Free and nobody queued (cancelled waiters aside): take it at once.
        if not (self._locked or _any_live(self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = _park(self, self._waiters)
        try:
            await fut
        except BaseException as interruption:
            self._waiters.remove(fut)
            # Cancelled after being offered the lock: the offer goes to the next.
            if isinstance(interruption, exceptions.CancelledError) and not self._locked:
                self._wake_up_first()
            raise
        self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # Only the head of the queue is offered the lock; if its future is
        # already done it has been offered it before and will take it.
        waiters = self._waiters
        if waiters and not waiters[0].done():
            waiters[0].set_result(True)


class Event(mixins._LoopBoundMixin):

    def __init__(self):
        self._value = False
        self._waiters = deque()

    def __repr__(self):
        return _repr_with(self, 'set' if self._value else 'unset', self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = _park(self, self._waiters)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, mixins._LoopBoundMixin):

    def __init__(self, lock=None):
        own = Lock() if lock is None else lock
        self._lock = own
        # The lock's methods serve as the condition's own.
        self.locked, self.acquire, self.release = own.locked, own.acquire, own.release
        self._waiters = deque()

    def __repr__(self):
        return _repr_with(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = _park(self, self._waiters)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken back whatever happened, even through
            # cancellations; one that arrived meanwhile is raised afterwards.
            interrupted = False
            while True:
                try:
                    await self.acquire()
                except exceptions.CancelledError:
                    interrupted = True
                else:
                    break
            if interrupted:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        left = n
        for fut in self._waiters:
            if left <= 0:
                break
            if not fut.done():
                left -= 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, mixins._LoopBoundMixin):

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = None  # made on the first wait

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = 'unlocked, value:%s' % (self._value,)
        return _repr_with(self, state, self._waiters)

    def locked(self):
        # Also "locked" while a live waiter queues: a newcomer must not overtake it.
        return self._value == 0 or _any_live(self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = deque()
        fut = _park(self, self._waiters)
        try:
            await fut
        except BaseException as interruption:
            self._waiters.remove(fut)
            # Cancelled after a count was handed to us (the future has its result):
            # the count goes back, and on to the next waiter.
            if isinstance(interruption, exceptions.CancelledError) and not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        self._waiters.remove(fut)
        # Count left over (several releases at once): pass it along.
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # The count is taken here on the waiter's behalf.
        fut = _first_pending(self._waiters)
        if fut is not None:
            self._value -= 1
            fut.set_result(True)


class BoundedSemaphore(Semaphore):

    def __init__(self, value=1):
        self._ceiling = value
        super().__init__(value)

    def release(self):
        if self._value >= self._ceiling:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Barrier(mixins._LoopBoundMixin):
    """A meeting point for `parties` tasks: each wait() blocks until the last one
    arrives, then all go on, each with its own arrival index.

    The barrier is in one of four phases, named as CPython's repr shows them:
    'filling' while tasks arrive, 'draining' while the released tasks leave,
    'resetting' after reset() with tasks still inside, and 'broken' after abort().
    A task that arrives while the previous round drains or resets waits for the
    barrier to fill again. Every change of phase wakes all the Condition's waiters,
    who check whether it concerns them."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._phase = 'filling'
        self._inside = 0  # tasks that arrived and have not left wait() yet

    def __repr__(self):
        extra = self._phase
        if not self.broken:
            extra = f'{extra}, waiters:{self.n_waiting}/{self._parties}'
        return _repr_with(self, extra, None)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        pass

    def _accepts_arrivals(self):
        return self._phase not in ('draining', 'resetting')

    def _round_over(self):
        return self._phase != 'filling'

    async def wait(self):
        async with self._cond:
            await self._cond.wait_for(self._accepts_arrivals)
            if self._phase == 'broken':
                raise exceptions.BrokenBarrierError('Barrier aborted')
            try:
                index = self._inside
                self._inside += 1
                if self._inside == self._parties:
                    self._phase = 'draining'
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(self._round_over)
                    if self._phase in ('broken', 'resetting'):
                        raise exceptions.BrokenBarrierError('Abort or reset of barrier')
                return index
            finally:
                self._inside -= 1
                self._leave()

    def _leave(self):
        # The last task out ends the round (or the reset) and lets newcomers in.
        if self._inside:
            return
        if self._phase in ('draining', 'resetting'):
            self._phase = 'filling'
        self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if not self._inside:
                self._phase = 'filling'
            elif self._phase != 'resetting':
                self._phase = 'resetting'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._phase = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == 'filling' else 0

    @property
    def broken(self):
        return self._phase == 'broken'
