"""IsolatedAsyncioTestCase: a TestCase whose test methods, asyncSetUp,
asyncTearDown and async cleanups are coroutines.

Each test gets an event loop of its own: an asyncio.Runner in debug mode is made
when the test starts running and closed when it ends. Every part of the test (setUp,
asyncSetUp, the test, tearDown, asyncTearDown, cleanups) runs in one copy of the
context taken when the test case was made, so a context variable set in setUp is
seen by the test and by its cleanups.

This module, like CPython 3.11's, does not mark itself as part of unittest: the
traceback of a failing async test shows the frames from here through asyncio's runner
down to the test, as CPython's does. Those frames' function names and the source lines
they show (the calls into the runner) are therefore behaviour and kept as CPython
prints them."""

from asyncio import Runner
from contextvars import copy_context
from inspect import iscoroutinefunction as _is_async

from unittest import TestCase


_RUNNER_STATE_ERRORS = {True: 'asyncio runner is not initialized',
                        False: 'asyncio runner is already initialized'}


class IsolatedAsyncioTestCase(TestCase):
    # The runner exists only while run() or debug() is under way.
    _asyncioRunner = None

    def __init__(self, methodName='runTest'):
        TestCase.__init__(self, methodName)
        self._asyncioTestContext = copy_context()

    # The two hooks a subclass overrides; the defaults do nothing.
    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # One list of cleanups serves both kinds: _callCleanup tells them apart.
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        kind = type(cm)
        hooks = [getattr(kind, name, None) for name in ('__aenter__', '__aexit__')]
        if None in hooks:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol")
        opened = await hooks[0](cm)
        self.addAsyncCleanup(hooks[1], cm, None, None, None)
        return opened

    # The four hooks of TestCase.run, each routed through the test's runner.
    def _callSetUp(self):
        # setUp may already want the loop (asyncio.get_event_loop()): make it first.
        self._asyncioRunner.get_loop()
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

    def _callAsync(self, func, /, *args, **kwargs):
        self._check_runner(present=True)
        assert _is_async(func), f'{func!r} is not an async function'
        return self._asyncioRunner.run(
            func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        self._check_runner(present=True)
        if not _is_async(func):
            return self._asyncioTestContext.run(func, *args, **kwargs)
        return self._asyncioRunner.run(
            func(*args, **kwargs), context=self._asyncioTestContext)

    def _check_runner(self, present):
        assert (self._asyncioRunner is not None) == present, _RUNNER_STATE_ERRORS[present]

    def _open_runner(self):
        self._check_runner(present=False)
        self._asyncioRunner = Runner(debug=True)

    def _close_runner(self):
        # The closed runner stays: as in CPython, a test case runs once only.
        self._asyncioRunner.close()

    def run(self, result=None):
        self._open_runner()
        try:
            return TestCase.run(self, result)
        finally:
            self._close_runner()

    def debug(self):
        # Like CPython's, a failing debug() leaves the runner open: the exception
        # propagates to the caller, who may want to inspect the loop.
        self._open_runner()
        TestCase.debug(self)
        self._close_runner()
