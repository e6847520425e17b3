"""asyncio.timeout(), asyncio.timeout_at() and asyncio.Timeout (Python 3.11.7).

The deadline is a loop timer that cancels the task inside the block
(Timeout._on_timeout: the trace names timers by that qualified name). On the
way out, the cancellation is withdrawn with uncancel(); if that brings the
task's count of cancel requests back to where it stood on entry, the
cancellation was ours alone and leaves the block as TimeoutError.

A Timeout's life, as shown by its repr: created -> active -> expiring (the
timer fired) -> expired (the block was left), or active -> finished. The
lines an exception can leave through read exactly as CPython's, since
tracebacks show them."""

from asyncio import events
from asyncio import exceptions
from asyncio import tasks

__all__ = ('Timeout', 'timeout', 'timeout_at')


class Timeout:
    """The deadline of one `async with` block; see timeout() and timeout_at()."""

    def __init__(self, when):
        self._when = when
        self._state = 'created'
        self._task = None            # the task running the block, once entered
        self._timeout_handler = None  # the pending timer (or call_soon handle)

    def when(self):
        return self._when

    def expired(self):
        return self._state == 'expiring' or self._state == 'expired'

    def __repr__(self):
        if self._state != 'active':
            return '<Timeout [%s]>' % self._state
        deadline = self._when
        if deadline is not None:
            deadline = round(deadline, 3)
        return '<Timeout [active] when=%s>' % (deadline,)

    def reschedule(self, when):
        state = self._state
        if state != 'active':
            if state == 'created':
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(
                f"Cannot change state of {state} Timeout",
            )
        self._when = when
        self._drop_timer()
        if when is not None:
            self._timeout_handler = self._arm(when)

    def _arm(self, when):
        # A deadline already past fires at the next loop turn, not now.
        loop = events.get_running_loop()
        if when <= loop.time():
            return loop.call_soon(self._on_timeout)
        return loop.call_at(when, self._on_timeout)

    def _drop_timer(self):
        handle, self._timeout_handler = self._timeout_handler, None
        if handle is not None:
            handle.cancel()

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'active'
        self._task = task
        # Cancel requests already pending now are not ours to absorb later.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._drop_timer()
        if self._state == 'active':
            self._state = 'finished'
            return None
        if self._state != 'expiring':
            return None
        self._state = 'expired'
        ours_alone = self._task.uncancel() <= self._cancelling
        if ours_alone and exc_type is exceptions.CancelledError:
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    """A Timeout `delay` seconds from now (never, for None)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout at loop time `when` (never, for None)."""
    return Timeout(when)
