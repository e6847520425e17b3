"""asyncio.run() and asyncio.Runner (Python 3.11).

A Runner owns one event loop, made on first use. Closing it finishes what is
left in a fixed order: cancel every task still alive and wait for them all,
then close the async generators, then the default executor (which we never
have). The last two steps each run as a task of their own, so they take a
Task-N number each, and a program that names tasks sees the same numbers as
under CPython.

Tracebacks show the source lines of the frames they pass through, so every
line an exception can pass through here (the run_until_complete calls, the
raise statements) reads exactly as CPython's, with the same function names."""

from asyncio import coroutines
from asyncio import events
from asyncio import exceptions
from asyncio import tasks

__all__ = ('Runner', 'run')


class Runner:
    """Runs coroutines, one after the other, on a single event loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None             # made by the first call that needs it
        self._closed = False
        self._installed_loop = False  # whether we installed our loop as the current one

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not coroutines.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        if _inside_running_loop():
            raise RuntimeError(
                'Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro, context=context)
        return self._loop.run_until_complete(task)

    def close(self):
        loop = self._loop
        if loop is None:
            # Never started (nothing to finish) or already closed.
            return
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._installed_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True

    def _lazy_init(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        if self._loop:
            return
        make = self._loop_factory
        if make is not None:
            loop = make()
        else:
            loop = events.new_event_loop()
            if not self._installed_loop:
                events.set_event_loop(loop)
                self._installed_loop = True
        self._loop = loop
        debug = self._debug
        if debug is not None:
            loop.set_debug(debug)


def run(main, *, debug=None):
    if _inside_running_loop():
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _inside_running_loop():
    return events._get_running_loop() is not None


def _cancel_all_tasks(loop):
    """Cancel the tasks still alive on `loop`, run the loop until all are done,
    and report to the loop's exception handler those that ended in an error
    (rather than being cancelled)."""
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        error = None if task.cancelled() else task.exception()
        if error is None:
            continue
        loop.call_exception_handler({
            'message': 'unhandled exception during asyncio.run() shutdown',
            'exception': error,
            'task': task,
        })
