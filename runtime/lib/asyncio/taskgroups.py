"""asyncio.TaskGroup (Python 3.11).

Children report to the group through a done callback (_on_task_done, a name
that shows in task reprs). The first child to fail cancels its siblings and
the parent task, which is then waiting in __aexit__ (or still in the body);
__aexit__ takes that cancellation back with uncancel() and raises every error
together in one ExceptionGroup. Children are kept in creation order (CPython
keeps a set), so they are cancelled in the order they were created.

The lines an exception can leave through (the raise statements and the await
in __aexit__) read exactly as CPython's: tracebacks show them."""

from asyncio import events
from asyncio import exceptions
from asyncio import tasks

__all__ = ('TaskGroup',)

# Re-raised by __aexit__ as they are, never put in the ExceptionGroup.
_ENDS_PROGRAM = (SystemExit, KeyboardInterrupt)


class TaskGroup:
    """Runs child tasks and waits for all of them when the `async with` ends."""

    def __init__(self):
        self._loop = None
        self._parent_task = None
        self._tasks = {}               # children still running, in creation order
        self._errors = []              # what the children (then the body) raised
        self._base_error = None        # the first SystemExit/KeyboardInterrupt seen
        self._on_completed_fut = None  # resolved when the last child finishes
        self._entered = False
        self._exiting = False
        self._aborting = False         # the children have been told to stop
        self._cancelled_parent = False  # a failing child had us cancel the parent

    def __repr__(self):
        words = []
        if self._tasks:
            words.append('tasks=%d' % len(self._tasks))
        if self._errors:
            words.append('errors=%d' % len(self._errors))
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return '<TaskGroup%s>' % ''.join(' ' + word for word in words)

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(
                f"TaskGroup {self!r} has already been entered")
        loop = self._loop
        if loop is None:
            loop = self._loop = events.get_running_loop()
        parent = self._parent_task = tasks.current_task(loop)
        if parent is None:
            raise RuntimeError(
                f'TaskGroup {self!r} cannot determine the parent task')
        # Entered only once a parent is known (3.11.7).
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None:
            self._keep_base_error(exc)
        propagate_cancellation_error = self._own_cancellation_taken_back(
            exc if et is exceptions.CancelledError else None)
        if et is not None and not self._aborting:
            # The body raised or was cancelled: the children stop as well.
            self._abort()
        # Wait until no child is left (awaited here, not in a helper coroutine, so
        # that tracebacks show the frames CPython's show). A cancellation of the
        # parent meanwhile from outside (ours comes with _aborting set) stops the
        # children, and is raised once they are all done.
        while self._tasks:
            # _on_task_done resolves it when the last child finishes.
            self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as cancellation:
                if not self._aborting:
                    propagate_cancellation_error = cancellation
                    self._abort()

        # What leaves the block, most serious first: a SystemExit or
        # KeyboardInterrupt; a cancellation, unless children failed; the errors.
        if self._base_error is not None:
            raise self._base_error
        if not self._errors and propagate_cancellation_error:
            raise propagate_cancellation_error
        if et not in (None, exceptions.CancelledError):
            self._errors.append(exc)
        if self._errors:
            # Drop our reference to the errors on the way out: the group's
            # traceback holds this frame, which would otherwise hold the group.
            try:
                me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
                raise me from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        child = tasks._create_named_task(self._loop, coro, name, context)
        child.add_done_callback(self._on_task_done)
        self._tasks[child] = None
        return child

    def _keep_base_error(self, exc):
        # Only the first SystemExit or KeyboardInterrupt is re-raised.
        if self._base_error is None and isinstance(exc, _ENDS_PROGRAM):
            self._base_error = exc

    def _own_cancellation_taken_back(self, cancellation):
        """The cancellation __aexit__ should end with, given the body's.

        If a failing child made us cancel the parent, that request is ours:
        withdraw it with uncancel(); when no other request is left, the
        parent is not to end cancelled."""
        if self._cancelled_parent and self._parent_task.uncancel() == 0:
            return None
        return cancellation

    def _abort(self):
        self._aborting = True
        for child in list(self._tasks):
            if not child.done():
                child.cancel()

    def _on_task_done(self, task):
        self._tasks.pop(task, None)
        idle = self._on_completed_fut
        if idle is not None and not self._tasks and not idle.done():
            idle.set_result(True)

        error = None if task.cancelled() else task.exception()
        if error is None:
            return
        self._errors.append(error)
        self._keep_base_error(error)

        parent = self._parent_task
        if parent.done():
            # Nobody is left to raise it: report it to the loop instead.
            message = (f'Task {task!r} has errored out but its parent '
                       f'task {parent} is already completed')
            self._loop.call_exception_handler(
                {'message': message, 'exception': error, 'task': task})
            return
        if not (self._aborting or self._cancelled_parent):
            # First failure: stop the siblings and interrupt the parent's body.
            self._abort()
            self._cancelled_parent = True
            parent.cancel()
