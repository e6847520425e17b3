"""sched: a queue of events run at given times, as in CPython 3.11. The clock and the
wait are the functions given (by default time.monotonic and time.sleep, which in
Taskscope follow the program's clock: under the virtual clock, sleeping advances
time at once)."""

import heapq
import time
from collections import namedtuple

__all__ = ["scheduler"]

# Events order by (time, priority, sequence): the sequence number, which grows with
# each enter, keeps events of equal time and priority in the order they were made.
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_NO_KWARGS = object()


class scheduler:
    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._next_sequence = 0

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedules action(*argument, **kwargs) at the given time; returns the event
        (what cancel takes)."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        event = Event(time, priority, self._next_sequence, action, argument, kwargs)
        self._next_sequence += 1
        heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedules an event delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue; ValueError when it is not there."""
        self._queue.remove(event)
        heapq.heapify(self._queue)

    def empty(self):
        return not self._queue

    def run(self, blocking=True):
        """Runs events as they fall due, waiting with delayfunc in between. Without
        blocking, runs what is due and returns the time until the next event (None
        when the queue is empty)."""
        queue = self._queue
        while queue:
            when, _, _, action, argument, kwargs = queue[0]
            now = self.timefunc()
            if when > now:
                if not blocking:
                    return when - now
                self.delayfunc(when - now)
            else:
                heapq.heappop(queue)
                action(*argument, **kwargs)
                self.delayfunc(0)
        return None

    @property
    def queue(self):
        """The upcoming events, in the order they will run."""
        return sorted(self._queue)
