"""sched: a queue of events run at given times, as in CPython 3.11. The clock and the
wait are the functions given (by default time.monotonic and time.sleep, which in
Taskscope follow the program's clock: under the virtual clock, sleeping advances
time at once)."""

import bisect
import itertools
import time
from collections import namedtuple

__all__ = ["scheduler"]

# Events order by (time, priority, sequence): the sequence number, which grows with
# each enter, keeps events of equal time and priority in the order they were made.
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_NO_KWARGS = object()


class scheduler:
    # The events wait in a list kept sorted (by insertion with bisect), so that the
    # next one is always at the front and `queue` is a plain copy.

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self.timefunc, self.delayfunc = timefunc, delayfunc
        self._pending = []
        self._numbers = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedules action(*argument, **kwargs) at the given time; returns the event
        (what cancel takes)."""
        made = Event(time, priority, next(self._numbers), action, argument,
                     {} if kwargs is _NO_KWARGS else kwargs)
        bisect.insort(self._pending, made)
        return made

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedules an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue; ValueError when it is not there."""
        self._pending.remove(event)

    def empty(self):
        return len(self._pending) == 0

    def run(self, blocking=True):
        """Runs events as they fall due, waiting with delayfunc in between. Without
        blocking, runs what is due and returns the time until the next event (None
        when the queue is empty)."""
        pending = self._pending
        while pending:
            first = pending[0]
            wait = first.time - self.timefunc()
            if wait > 0:
                if not blocking:
                    return wait
                self.delayfunc(wait)
                continue
            del pending[0]
            first.action(*first.argument, **first.kwargs)
            # A zero wait lets other threads (in CPython) run between events.
            self.delayfunc(0)
        return None

    @property
    def queue(self):
        """The upcoming events, in the order they will run."""
        return list(self._pending)
