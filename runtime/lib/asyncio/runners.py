"""asyncio.run() and asyncio.Runner (Python 3.11).

A Runner goes through three phases: new (nothing made yet), open (it owns an event
loop and a context) and closed. It opens on first use. Every coroutine it runs
becomes a task in the Runner's one context (unless run() is given another), so a
context variable set by one run() is seen by the next, as in CPython.

Closing finishes what is left, in a fixed order: cancel every task still alive and
wait for them all, then close the async generators, then the default executor. The
last two steps each run as a task of their own, so they take a Task-N number each,
and a program that names tasks sees the same numbers as under CPython.

No signal comes from outside here (a browser has no Ctrl-C), but a program can send
itself one (signal.raise_signal): while run() runs a task in the main thread, a SIGINT
cancels that task and run() then raises KeyboardInterrupt, as CPython's. Only a program
that imported signal can send one, so run() does nothing about it for the others.

Tracebacks show the source lines of the frames they pass through, so the lines an
exception passes through here (the run_until_complete call of run(), runner.run in
asyncio.run) read exactly as CPython's, in functions of the same names."""

import contextvars
import sys

from asyncio import coroutines
from asyncio import exceptions
from asyncio import events
from asyncio import tasks

__all__ = ('Runner', 'run')

_NEW, _OPEN, _CLOSED = 'new', 'open', 'closed'


class Runner:
    """Runs coroutines, one after the other, on a single event loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._phase = _NEW
        self._debug = debug
        self._make_loop = loop_factory   # None: a new default loop, made current
        self._loop = None
        self._context = None
        self._made_current = False       # whether set_event_loop() must be undone

    def __enter__(self):
        self._open()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def get_loop(self):
        self._open()
        return self._loop

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        # Refused before anything is made; raised here, so the traceback ends here.
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Runner.run() cannot be called from a running event loop')
        self._open()
        task = self._loop.create_task(
            coro, context=self._context if context is None else context)
        interrupt = None
        if 'signal' in sys.modules:  # else no SIGINT can come (_asyncio_signals.py)
            from _asyncio_signals import SigintCancels
            interrupt = SigintCancels.install(self._loop, task)
        try:
            return self._loop.run_until_complete(task)
        except exceptions.CancelledError:
            if interrupt is not None and interrupt.was_the_cancel(task):
                raise KeyboardInterrupt()
            raise
        finally:
            if interrupt is not None:
                interrupt.remove()

    def close(self):
        if self._phase != _OPEN:
            # Never opened (nothing to finish; it may still open later) or closed.
            return
        loop = self._loop
        try:
            _finish_leftover_tasks(loop)
            for last_step in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(last_step())
        finally:
            if self._made_current:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._phase = _CLOSED

    def _open(self):
        if self._phase == _OPEN:
            return
        if self._phase == _CLOSED:
            raise RuntimeError('Runner is closed')
        default = self._make_loop is None
        loop = events.new_event_loop() if default else self._make_loop()
        # A default loop is made current, once only, as CPython's (which would
        # otherwise attach its child watchers again).
        if default and not self._made_current:
            events.set_event_loop(loop)
            self._made_current = True
        if self._debug is not None:
            loop.set_debug(self._debug)
        self._loop, self._context = loop, contextvars.copy_context()
        self._phase = _OPEN


def run(main, *, debug=None):
    if events._get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _finish_leftover_tasks(loop):
    """Cancel the tasks still alive on `loop`, run the loop until all are done,
    and report to the loop's exception handler those that ended in an error
    (rather than being cancelled)."""
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        error = None if task.cancelled() else task.exception()
        if error is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': error, 'task': task})
