"""asyncio and threads: to_thread, the loop's run_in_executor and default executor,
wrap_future and run_coroutine_threadsafe (docs/interpreter.md, "Threads").

Threads are cooperative fibers: a function sent to a thread runs while the loop's
thread is blocked (waiting for its next timer, or in a blocking call), and what it
hands back arrives through call_soon_threadsafe, in the same loop iterations as in
CPython 3.11. concurrent.futures and threading are imported on first use, so a program
that never uses threads does not load them."""

import contextvars
import functools

from asyncio import events

__all__ = ("to_thread",)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in the loop's default executor, in a copy of the
    current context, and returns its result."""
    loop = events.get_running_loop()
    ctx = contextvars.copy_context()
    call = functools.partial(ctx.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)


# --- the loop's executor (BaseEventLoop delegates here) ----------------------------------

def run_in_executor(loop, executor, func, *args):
    """loop.run_in_executor: submits func(*args) and returns an asyncio future of it.
    With executor None, the loop's default executor (made on first use: a
    ThreadPoolExecutor whose threads are named asyncio_0, asyncio_1, ...)."""
    loop._check_closed()
    if loop._debug:
        loop._check_callback(func, 'run_in_executor')
    if executor is None:
        executor = getattr(loop, '_default_executor', None)
        if loop._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')
        if executor is None:
            from concurrent.futures import ThreadPoolExecutor
            executor = ThreadPoolExecutor(thread_name_prefix='asyncio')
            loop._default_executor = executor
    return wrap_future(executor.submit(func, *args), loop=loop)


def set_default_executor(loop, executor):
    from concurrent.futures import ThreadPoolExecutor
    if not isinstance(executor, ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    loop._default_executor = executor


async def shutdown_default_executor(loop):
    """Shuts the default executor down from a thread of its own (its workers finish
    what they run) and waits for that, as asyncio.run does at its end."""
    loop._executor_shutdown_called = True
    executor = getattr(loop, '_default_executor', None)
    if executor is None:
        return
    import threading
    future = loop.create_future()

    def _do_shutdown(future):
        try:
            executor.shutdown(wait=True)
            if not loop.is_closed():
                loop.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not loop.is_closed():
                loop.call_soon_threadsafe(future.set_exception, ex)

    thread = threading.Thread(target=_do_shutdown, args=(future,))
    thread.start()
    try:
        await future
    finally:
        thread.join()


# --- futures across threads ----------------------------------------------------------------

def _convert_future_exc(exc):
    import concurrent.futures
    from asyncio import exceptions
    kind = type(exc)
    if kind is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if kind is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exception = source.exception()
    if exception is not None:
        concurrent.set_exception(_convert_future_exc(exception))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exception = source.exception()
    if exception is not None:
        dest.set_exception(_convert_future_exc(exception))
    else:
        dest.set_result(source.result())


def _chain_future(source, destination):
    """Copies source's outcome to destination (either may be an asyncio or a
    concurrent.futures future); cancelling destination cancels source. Across loops
    (or from a thread) the copy goes through call_soon_threadsafe."""
    import concurrent.futures
    from asyncio.futures import isfuture, _get_loop
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination,
                                                    concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and dest_loop is not None
                and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        else:
            if dest_loop.is_closed():
                return
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """An asyncio future that follows a concurrent.futures.Future."""
    import concurrent.futures
    from asyncio.futures import isfuture
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


def run_coroutine_threadsafe(coro, loop):
    """From another thread: runs coro as a task of loop; returns a
    concurrent.futures.Future of its outcome."""
    import concurrent.futures
    from asyncio import coroutines, tasks
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            _chain_future(tasks.ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future
