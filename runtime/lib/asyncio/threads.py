"""asyncio's side of threads: to_thread, the event loop's executors (BaseEventLoop's
run_in_executor, set_default_executor and shutdown_default_executor delegate here),
and the bridge between asyncio futures and concurrent.futures.Future that wrap_future
and run_coroutine_threadsafe build on (docs/interpreter.md, "Threads").

Threads are cooperative fibers: a call sent to a thread runs while the loop's thread
is blocked (waiting for its next timer, or in a blocking call), and what it hands back
reaches the loop through call_soon_threadsafe, so a result arrives in the same loop
iteration as in CPython 3.11. concurrent.futures and threading are imported on first
use, so a program that never uses threads does not load them."""

import contextvars
import functools

from asyncio import events

__all__ = ("to_thread",)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in the running loop's default executor, inside a
    copy of the caller's context (so context variables carry over), and returns what
    it returns."""
    loop = events.get_running_loop()
    in_copy = functools.partial(contextvars.copy_context().run, func, *args, **kwargs)
    return await loop.run_in_executor(None, in_copy)


# --- the loop's executors ----------------------------------------------------------------

def _default_executor(loop):
    # Made on first use: a ThreadPoolExecutor whose threads are asyncio_0, asyncio_1, ...
    if loop._executor_shutdown_called:
        raise RuntimeError('Executor shutdown has been called')
    executor = getattr(loop, '_default_executor', None)
    if executor is None:
        from concurrent.futures import ThreadPoolExecutor
        executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
        loop._default_executor = executor
    return executor


def run_in_executor(loop, executor, func, *args):
    """loop.run_in_executor: submits func(*args) to executor (None: the loop's
    default one) and returns an asyncio future of its outcome."""
    loop._check_closed()
    if loop._debug:
        loop._check_callback(func, 'run_in_executor')
    if executor is None:
        executor = _default_executor(loop)
    return wrap_future(executor.submit(func, *args), loop=loop)


def set_default_executor(loop, executor):
    """loop.set_default_executor: only a ThreadPoolExecutor is accepted."""
    from concurrent.futures import ThreadPoolExecutor
    if isinstance(executor, ThreadPoolExecutor):
        loop._default_executor = executor
        return
    raise TypeError('executor must be ThreadPoolExecutor instance')


async def shutdown_default_executor(loop):
    """Shuts the default executor down and waits for its workers to finish. The
    shutdown blocks, so it runs in a thread of its own while the loop goes on; the
    thread reports back through call_soon_threadsafe. asyncio.run ends with this."""
    loop._executor_shutdown_called = True
    executor = getattr(loop, '_default_executor', None)
    if executor is None:
        return
    import threading
    finished = loop.create_future()

    # Named as CPython's method is, which names the thread "Thread-N (_do_shutdown)".
    def _do_shutdown(finished):
        try:
            executor.shutdown(wait=True)
            report = (finished.set_result, None)
        except Exception as error:
            report = (finished.set_exception, error)
        if not loop.is_closed():
            loop.call_soon_threadsafe(*report)

    shutter = threading.Thread(target=_do_shutdown, args=(finished,))
    shutter.start()
    try:
        await finished
    finally:
        shutter.join()


# --- the bridge between the two kinds of future -------------------------------------------

def _asyncio_flavour(error):
    """The exception an outcome carries across the bridge: concurrent.futures'
    CancelledError, InvalidStateError and (exactly) TimeoutError become new asyncio
    exceptions with the same args; anything else crosses as it is."""
    import concurrent.futures
    from asyncio import exceptions
    renamed = {concurrent.futures.CancelledError: exceptions.CancelledError,
               concurrent.futures.TimeoutError: exceptions.TimeoutError,
               concurrent.futures.InvalidStateError: exceptions.InvalidStateError}
    kind = renamed.get(type(error))
    return error if kind is None else kind(*error.args)


def _pass_outcome(source, target):
    """Gives target the outcome of source, which is done. An asyncio target that was
    cancelled meanwhile is left alone; a concurrent one is told it will not run (and
    must not be running yet)."""
    from asyncio.futures import isfuture
    if isfuture(target):
        if target.cancelled():
            return
        assert not target.done()
        if source.cancelled():
            target.cancel()
            return
    else:
        if source.cancelled():
            target.cancel()
        if not target.set_running_or_notify_cancel():
            return
    error = source.exception()
    if error is None:
        target.set_result(source.result())
    else:
        target.set_exception(_asyncio_flavour(error))


def _home_loop(future, role):
    """The event loop of an asyncio future, None for a concurrent.futures.Future."""
    import concurrent.futures
    from asyncio.futures import isfuture, _get_loop
    if isfuture(future):
        return _get_loop(future)
    if isinstance(future, concurrent.futures.Future):
        return None
    raise TypeError(f'A future is required for {role} argument')


def _chain_future(source, destination):
    """Makes destination follow source (each an asyncio or a concurrent.futures
    future): source's outcome is passed on, and cancelling destination cancels source.
    A step that crosses to another loop, or from a thread to a loop, is scheduled on
    that loop with call_soon_threadsafe."""
    source_loop = _home_loop(source, 'source')
    dest_loop = _home_loop(destination, 'destination')

    # Both callbacks keep CPython's names: they show in the futures' reprs.
    def _call_check_cancel(destination):
        if not destination.cancelled():
            return
        if source_loop is None or source_loop is dest_loop:
            source.cancel()
        else:
            source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        dest_closed = dest_loop is not None and dest_loop.is_closed()
        if dest_loop is None or dest_loop is source_loop:
            if not (dest_closed and destination.cancelled()):
                _pass_outcome(source, destination)
        elif not dest_closed:
            dest_loop.call_soon_threadsafe(_pass_outcome, source, destination)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """An asyncio future (of loop, by default the current one) that follows a
    concurrent.futures.Future; an asyncio future is returned as it is."""
    import concurrent.futures
    from asyncio.futures import isfuture
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    follower = loop.create_future()
    _chain_future(future, follower)
    return follower


def run_coroutine_threadsafe(coro, loop):
    """Called from another thread: makes coro a task of loop (in the loop's thread)
    and returns a concurrent.futures.Future of its outcome, which the caller may wait
    on; cancelling that future cancels the task."""
    import concurrent.futures
    from asyncio import coroutines, tasks
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    outcome = concurrent.futures.Future()

    # Runs in the loop's thread. If the task cannot even be made, the caller hears
    # why through the future, and the loop's exception handler is told too.
    def callback():
        try:
            _chain_future(tasks.ensure_future(coro, loop=loop), outcome)
        except BaseException as error:
            ends_program = isinstance(error, (SystemExit, KeyboardInterrupt))
            if not ends_program and outcome.set_running_or_notify_cancel():
                outcome.set_exception(error)
            raise

    loop.call_soon_threadsafe(callback)
    return outcome
