"""The event loop of `import asyncio`: asyncio's loop API over the runtime's loop.

The ready queue, the timer heap, the iterations and the clock are the runtime's
(runtime/aio, bound by the _asyncio module); this class adds what asyncio's
BaseEventLoop adds on top: running/stopping/closing, futures and tasks, the exception
handler, and the APIs a browser cannot offer (they raise NotImplementedError)."""

import sys
import _asyncio
from asyncio import events
from asyncio import coroutines
from asyncio import futures
from asyncio import tasks

__all__ = ("BaseEventLoop",)  # EventLoop is SelectorEventLoop (asyncio has no EventLoop)

_NOT_IN_BROWSER = ('{} is not available in Taskscope: programs run in a browser, '
                   'without threads, processes or network access')


def _unavailable(name):
    def method(self, *args, **kwargs):
        raise NotImplementedError(_NOT_IN_BROWSER.format(name))
    method.__name__ = name
    return method


# Errors a report may not swallow: they end the program.
_ENDS_PROGRAM = (SystemExit, KeyboardInterrupt)


def _logger():
    # Imported on first use: logging stays out of a program that never reports.
    # During interpreter teardown (builtins already gone from sys.modules) nothing
    # can be imported any more: None, and the report is dropped, as CPython's
    # teardown drops it too.
    if 'builtins' not in sys.modules:
        return None
    from asyncio.log import logger
    return logger


def _debug_log(msg, *args):
    """A DEBUG record of the "asyncio" logger, as CPython's loop writes. Only a
    program that imported logging can have configured a handler that shows it, so
    a program that did not pays nothing (logging is not imported for it). The
    record names our caller (stacklevel=2), as CPython's names the loop method that
    logs (%(funcName)s is __init__ for 'Using selector', close for 'Close')."""
    if 'logging' in sys.modules:
        logger = _logger()
        if logger is not None and logger.isEnabledFor(10):  # logging.DEBUG
            logger.debug(msg, *args, stacklevel=2)


def _quietly(report, context, what):
    """Call `report(context)`; an error it raises itself is logged as `what` with
    its traceback, as CPython's second line of defence does. SystemExit and
    KeyboardInterrupt still leave."""
    try:
        report(context)
    except BaseException as failure:
        if isinstance(failure, _ENDS_PROGRAM):
            raise
        logger = _logger()
        if logger is not None:
            logger.error(what, exc_info=True)


# Set once any loop enters debug mode: until then the scheduling methods skip the
# debug checks with one cached global read instead of an attribute lookup per call.
_debug_used = False


class BaseEventLoop(events.AbstractEventLoop):
    def __init__(self):
        # The runtime serves one loop at a time: a loop made while another runs gets
        # none, and what it schedules waits in _parked, in order, until it runs (or is
        # dropped when it closes, as CPython's close() empties the ready queue).
        self._parked = None if _asyncio.loop_new(self) else []
        # Life cycle: running between run_forever's start and end; _stopping
        # asks the current run to end after the iteration under way.
        self._running = self._stopping = self._closed = False
        self._debug = False
        self.slow_callback_duration = 0.1
        self._exception_handler = None  # None: default_exception_handler
        self._task_maker = None       # None: tasks.Task
        # Async generators first iterated on this loop, held weakly (CPython's WeakSet;
        # ours keeps the order they started) and closed at shutdown.
        self._live_asyncgens = _asyncio.AsyncGenSet()
        self._asyncgens_closed = self._executor_shutdown_called = False
        self._signal_handlers = {}    # signal number -> Handle
        _debug_log('Using selector: %s', 'EpollSelector')  # CPython's loop on Linux

    def __repr__(self):
        # Named as CPython's loop on Linux, which programs print.
        return '<_UnixSelectorEventLoop running=%s closed=%s debug=%s>' % (
            self.is_running(), self.is_closed(), self.get_debug())

    # --- scheduling (the runtime's) ---
    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_callback(self, callback, method):
        # Debug mode only, as CPython's: a coroutine or a non-callable is refused.
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if callable(callback):
            return
        raise TypeError(f'a callable object was expected by {method}(), '
                        f'got {callback!r}')

    def _handle(self, method, callback, args, context, when=None):
        """The Handle for callback(*args) scheduled by `method` (a TimerHandle when
        given a deadline). In debug mode the callback is checked first, and the
        handle records where the program called `method` (two frames up)."""
        debugging = _debug_used and self._debug
        if debugging:
            self._check_callback(callback, method)
        if when is None:
            made = events.Handle(callback, args, self, context)
        else:
            made = events.TimerHandle(when, callback, args, self, context)
        if debugging:
            made._source_traceback = events._creation_point(2)
        return made

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = self._handle('call_soon', callback, args, context)
        if self._parked is None:
            _asyncio.call_soon(handle._run)
        else:
            self._parked.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        # No other thread can call it here: the same as call_soon, under its own name.
        self._check_closed()
        handle = self._handle('call_soon_threadsafe', callback, args, context)
        if self._parked is None:
            _asyncio.call_soon(handle._run)
        else:
            self._parked.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args, context=context)
        if _debug_used and self._debug:
            # Made where call_later was called, not in here.
            timer._source_traceback = events._creation_point(1)
        return timer

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = self._handle('call_at', callback, args, context, when)
        if self._parked is None:
            # The trace's state is read here, never at import: asyncio may be imported
            # ahead of the run (runtime/py/import.c), before the run's trace is on.
            tag = _trace_timer(timer) if _asyncio.trace_enabled() else None
            timer._token = _asyncio.call_at(when, timer._run, tag)
        else:
            self._parked.append(timer)
        timer._scheduled = True
        return timer

    def time(self):
        return _asyncio.time()

    # --- running ---
    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        global _debug_used
        self._debug = enabled
        if enabled:
            _debug_used = True
        # Debug mode times every callback (runtime/py/mod__asyncio.c).
        _asyncio.set_debug(self, enabled, _report_slow_callback)

    def stop(self):
        self._stopping = True

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def _own_runtime_loop(self):
        # The runtime serves one loop at a time; a loop whose runtime loop was
        # freed (another loop closed it), or that never had one, gets a fresh one
        # before it runs, and what it scheduled meanwhile goes there in order.
        parked = self._parked
        if parked is not None or _asyncio.loop_owner() is None:
            _asyncio.loop_new(self)
        if parked is not None:
            self._parked = None
            for handle in parked:
                if handle._cancelled:
                    continue
                if isinstance(handle, events.TimerHandle):
                    tag = _trace_timer(handle) if _asyncio.trace_enabled() else None
                    handle._token = _asyncio.call_at(handle._when, handle._run, tag)
                else:
                    _asyncio.call_soon(handle._run)

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._own_runtime_loop()
        outside_hooks = self._become_running()
        try:
            while True:
                _asyncio.run_once(self._stopping)
                if self._stopping:
                    break
        finally:
            self._stop_being_running(outside_hooks)

    def _become_running(self):
        # While it runs, the loop hears of every async generator that starts and of
        # every one dropped unfinished (sys hooks, as CPython's run_forever installs).
        # Returns the hooks to put back afterwards.
        self._running = True
        outside_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(self._asyncgen_firstiter_hook, self._asyncgen_finalizer_hook)
        events._set_running_loop(self)
        return outside_hooks

    def _stop_being_running(self, outside_hooks):
        self._stopping = self._running = False
        events._set_running_loop(None)
        sys.set_asyncgen_hooks(*outside_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        self._own_runtime_loop()
        # A coroutine (or other awaitable) becomes a task of ours; a future is awaited
        # as it is. Either way its end stops the loop.
        ours = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if ours:
            # Nobody else holds it: no warning if the loop stops with it pending.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            # Interrupted (say, by KeyboardInterrupt from a callback) after our task
            # failed: its error is marked as seen, it is not reported again.
            if ours and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        if self._debug:
            _debug_log('Close %r', self)
        self._closed = True
        if self._parked:
            self._parked.clear()
        tasks._abandon_tasks_of(self)
        _asyncio.loop_free(self)
        while self._signal_handlers:
            self.remove_signal_handler(next(iter(self._signal_handlers)))

    # --- signals (runtime/lib/_asyncio_signals.py: only programs that use them load it) ---
    def add_signal_handler(self, sig, callback, *args):
        from _asyncio_signals import add_signal_handler
        add_signal_handler(self, sig, callback, args)

    def remove_signal_handler(self, sig):
        from _asyncio_signals import remove_signal_handler
        return remove_signal_handler(self, sig)

    # --- futures and tasks ---
    def create_future(self):
        # (In debug mode the future records where it was made itself, in C.)
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        make = self._task_maker
        if make is not None:
            # A factory is given the loop and the coroutine (and a context if there
            # is one); the name comes after.
            made = make(self, coro) if context is None else make(self, coro, context=context)
            if name is not None:
                made.set_name(name)
            return made
        # (In debug mode the task records where it was made itself, in C.)
        return tasks.Task(coro, loop=self, name=name, context=context)

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_maker = factory

    def get_task_factory(self):
        return self._task_maker

    # --- async generators ---
    def _asyncgen_finalizer_hook(self, agen):
        # Dropped before it finished: close it in a task of its own, one hop later.
        self._live_asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        # One started after shutdown_asyncgens() will not be closed by it: say so.
        if self._asyncgens_closed:
            import warnings
            late = f'asynchronous generator {agen!r} was scheduled after'
            warnings.warn(late + ' loop.shutdown_asyncgens() call', ResourceWarning, source=self)
        self._live_asyncgens.add(agen)

    async def shutdown_asyncgens(self):
        self._asyncgens_closed = True
        if not self._live_asyncgens:
            return
        # Close them all at once, each aclose() a task of the gather; only
        # ordinary exceptions are reported (cancellations are not).
        closing = self._live_asyncgens.list()
        self._live_asyncgens.clear()
        outcomes = await tasks.gather(*map(_aclose, closing), return_exceptions=True)
        failed = [(agen, outcome) for agen, outcome in zip(closing, outcomes)
                  if isinstance(outcome, Exception)]
        for agen, error in failed:
            what = f'an error occurred during closing of asynchronous generator {agen!r}'
            self.call_exception_handler({'message': what, 'exception': error, 'asyncgen': agen})

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if getattr(self, '_default_executor', None) is not None:
            from asyncio import threads  # threads: asyncio/threads.py
            await threads.shutdown_default_executor(self)

    # --- errors ---
    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is None or callable(handler):
            self._exception_handler = handler
            return
        raise TypeError(f'A callable object or None is expected, '
                        f'got {handler!r}')

    def default_exception_handler(self, context):
        # The message, then every other entry as "key: repr" in key order, logged
        # as an error of the "asyncio" logger with the exception's traceback
        # (chains and notes included). With no logging configured, logging's
        # last resort writes it to the sys.stderr of the moment.
        report = [context.get('message') or 'Unhandled exception in event loop']
        report += ['%s: %r' % (key, context[key]) for key in sorted(context)
                   if key != 'message' and key != 'exception']
        error = context.get('exception')
        exc_info = (type(error), error, error.__traceback__) if error is not None else False
        logger = _logger()
        if logger is not None:
            logger.error('\n'.join(report), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            _quietly(self.default_exception_handler, context,
                     'Exception in default exception handler')
            return
        try:
            self._exception_handler(self, context)
        except BaseException as failure:
            if isinstance(failure, _ENDS_PROGRAM):
                raise
            # The user's handler failed: report that failure the default way.
            _quietly(self.default_exception_handler, {
                'message': 'Unhandled error in exception handler',
                'exception': failure,
                'context': context,
            }, 'Exception in default exception handler while handling an '
               'unexpected error in custom exception handler')

    # --- threads: asyncio/threads.py ---
    def run_in_executor(self, executor, func, *args):
        from asyncio import threads
        return threads.run_in_executor(self, executor, func, *args)

    def set_default_executor(self, executor):
        from asyncio import threads
        threads.set_default_executor(self, executor)

    # --- what a browser cannot do ---
    getaddrinfo = _unavailable('loop.getaddrinfo()')
    getnameinfo = _unavailable('loop.getnameinfo()')
    create_connection = _unavailable('loop.create_connection()')
    create_server = _unavailable('loop.create_server()')
    create_datagram_endpoint = _unavailable('loop.create_datagram_endpoint()')
    create_unix_connection = _unavailable('loop.create_unix_connection()')
    create_unix_server = _unavailable('loop.create_unix_server()')
    sock_connect = _unavailable('loop.sock_connect()')
    sock_recv = _unavailable('loop.sock_recv()')
    sock_sendall = _unavailable('loop.sock_sendall()')
    sock_accept = _unavailable('loop.sock_accept()')
    subprocess_exec = _unavailable('loop.subprocess_exec()')
    subprocess_shell = _unavailable('loop.subprocess_shell()')
    add_reader = _unavailable('loop.add_reader()')
    add_writer = _unavailable('loop.add_writer()')
    connect_read_pipe = _unavailable('loop.connect_read_pipe()')
    connect_write_pipe = _unavailable('loop.connect_write_pipe()')


# What a timer is for, named as the trace oracle names it (docs/trace.md).
_TIMER_LABELS = {
    '_set_result_unless_cancelled': 'sleep', '_release_waiter': 'wait_for',
    'Timeout._on_timeout': 'timeout', '_on_timeout': 'wait timeout',
}
_timer_ids = 0


def _trace_timer(timer):
    # timer_scheduled now; the runtime reports timer_fired under this id (its tag).
    global _timer_ids
    _timer_ids += 1
    timer_id = _timer_ids
    cb = timer._callback
    qualname = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', '') or repr(cb)
    label = _TIMER_LABELS.get(qualname.split('.<locals>.')[-1], qualname)
    current = _asyncio.current_task_of(timer._loop)
    task = None if current is None else getattr(current, '_trace_id', None)
    tasks._emit('timer_scheduled', task, timer=timer_id, when=round(timer._when, 9), label=label)
    return timer_id


def _report_slow_callback(loop, fn, arg, kind, context, dt):
    # A callback of a loop in debug mode took dt seconds (kind: 0 a Handle's _run,
    # 1 fn(arg) scheduled from C, 2 the step of task fn). Named as _format_handle
    # names it: a task's step or wakeup by the task's repr, anything else by its Handle.
    if dt < loop.slow_callback_duration:
        return
    if kind == 2:
        what = repr(fn)
    else:
        if kind == 0:
            handle = fn.__self__
            fn = handle._callback
        else:
            handle = None
        owner = getattr(fn, '__self__', None)
        if isinstance(owner, tasks.Task):
            what = repr(owner)
        else:
            if handle is None:
                handle = events.Handle(fn, () if arg is None else (arg,), loop, context)
            what = str(handle)
    import logging
    logging.getLogger('asyncio').warning('Executing %s took %.3f seconds', what, dt)


def _aclose(agen):
    return agen.aclose()


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, _ENDS_PROGRAM):
            return
    fut.get_loop().stop()


EventLoop = BaseEventLoop

# Callbacks that futures and tasks schedule from C skip the Handle while call_soon is
# this one (runtime/py/mod__asyncio.c); errors they raise are reported as Handle._run's.
_asyncio.set_loop_hooks(BaseEventLoop.call_soon, events._report_callback_error)
