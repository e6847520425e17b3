"""IsolatedAsyncioTestCase: a TestCase whose test methods, asyncSetUp,
asyncTearDown and async cleanups are coroutines.

How it is put together: TestCase.run calls four hooks (_callSetUp, _callTestMethod,
_callTearDown, _callCleanup) for the parts of a test; this class routes each part
through two things it keeps per test case:

  - an asyncio.Runner in debug mode (the test's own event loop), made when run() or
    debug() starts, opened by the first part that runs (so a skipped test never
    makes a loop) and closed when the test ends;
  - one copy of the context taken when the test case was made. Plain functions are
    called inside it, coroutines run as tasks inside it, so a context variable set in
    setUp is seen by the test and by its cleanups.

This module, like CPython 3.11's, does not mark itself as part of unittest: the
traceback of a failing async test shows the frames from here through asyncio's runner
down to the test, as CPython's does. Those frames' function names and the source lines
they show (the calls into the runner and into the context) are therefore behaviour,
and kept as CPython prints them; everything around them is ours."""

from asyncio import Runner
from contextvars import copy_context
from inspect import iscoroutinefunction as _is_async

from unittest import TestCase


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase for coroutines; each test runs on an event loop of its own."""

    # None while no run() or debug() is under way, and before the first.
    _asyncioRunner = None

    def __init__(self, methodName='runTest'):
        TestCase.__init__(self, methodName)
        self._asyncioTestContext = copy_context()

    async def asyncSetUp(self):
        """Runs after setUp(), as a coroutine on the test's loop; does nothing here."""

    async def asyncTearDown(self):
        """Runs before tearDown(), as a coroutine on the test's loop; does nothing here."""

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Registers func(*args, **kwargs) to be awaited when the test ends.

        Cleanups of both kinds share TestCase's one list (so they run in reverse
        order of registration whatever their kind); _callCleanup tells them apart
        when they run."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager cm and registers its exit as an
        async cleanup; returns what its __aenter__ gave."""
        # Looked up on the type, as `async with` does.
        kind = type(cm)
        entry = getattr(kind, '__aenter__', None)
        leave = getattr(kind, '__aexit__', None)
        if entry is None or leave is None:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol")
        entered = await entry(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return entered

    # --- the hooks TestCase.run calls, one per part of the test ---

    def _callSetUp(self):
        # The loop must exist (and be the current one) before setUp, which may ask
        # asyncio.get_event_loop() for it.
        self._runner_in_use().get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            from warnings import warn
            warn('It is deprecated to return a value that is not None from a test '
                 f'case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    # --- running one part ---

    def _callAsync(self, coroutine_function, /, *args, **kwargs):
        """Runs a coroutine hook (asyncSetUp, asyncTearDown) to its end on the test's loop."""
        self._runner_in_use()
        assert _is_async(coroutine_function), \
            f'{coroutine_function!r} is not an async function'
        return self._asyncioRunner.run(
            coroutine_function(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        """Calls the test method or a cleanup: a coroutine function runs to its end
        on the test's loop, a plain one is called in the test's context."""
        self._runner_in_use()
        if not _is_async(func):
            return self._asyncioTestContext.run(func, *args, **kwargs)
        return self._asyncioRunner.run(
            func(*args, **kwargs), context=self._asyncioTestContext)

    def _runner_in_use(self):
        current = self._asyncioRunner
        assert current is not None, 'asyncio runner is not initialized'
        return current

    # --- the runner's life: one per run() or debug() ---

    def _start_runner(self):
        assert not self._asyncioRunner, 'asyncio runner is already initialized'
        self._asyncioRunner = Runner(debug=True)

    def _stop_runner(self):
        # The closed runner stays: as in CPython, a test case runs once only.
        self._asyncioRunner.close()

    def run(self, result=None):
        """Runs the test as TestCase.run does, on an event loop made for this run."""
        self._start_runner()
        try:
            return TestCase.run(self, result)
        finally:
            self._stop_runner()

    def debug(self):
        """Runs the test without collecting the result: an error propagates.

        Like CPython's, a failing debug() leaves the runner open (the caller may
        want to look at the loop); it is closed when the test case is dropped."""
        self._start_runner()
        TestCase.debug(self)
        self._stop_runner()

    def __del__(self):
        # A runner left open by a failing debug() is closed when the case goes away.
        if self._asyncioRunner:
            self._stop_runner()
