"""Tasks and the coroutine combinators (sleep, gather, wait, wait_for, as_completed,
shield), scheduled exactly as CPython 3.11's Lib/asyncio/tasks.py schedules them, so
every await costs the same number of loop iterations."""

import types
import functools

from asyncio import events
from asyncio import exceptions
from asyncio import futures
from asyncio import coroutines
import _asyncio

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep', 'gather',
           'shield', 'ensure_future', 'current_task', 'all_tasks')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

def _next_task_name():
    return f'Task-{_asyncio.next_task_number()}'


# The registry is C's (runtime/py/asyncio_task.c): the task running on each loop, and
# the tasks not yet done in creation order (CPython keeps a WeakSet).
_current_task_of = _asyncio.current_task_of
_enter_task = _asyncio._enter_task
_leave_task = _asyncio._leave_task


# Both look the running loop up themselves (no shared helper), so that outside a
# loop the traceback has CPython's frames: the call, then get_running_loop.
def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current_task_of(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _asyncio.pending_tasks() if t._loop is loop and not t.done()}


# Tasks still pending when their loop closed: CPython only holds them weakly, so its
# collector frees them (and they report "Task was destroyed but it is pending!") at the
# next gc.collect(); we keep them until then.
_abandoned_tasks = []


def _release_abandoned(phase, info):
    # A pending task sits in a reference cycle (task, coroutine frame, awaited future,
    # its done callback): report and close it here, as CPython's collector would.
    if phase == 'start':
        dead = list(_abandoned_tasks)
        _abandoned_tasks.clear()
        for task in dead:
            task._report_destroyed()
        # Pending tasks whose only references are their own cycle (a coroutine
        # suspended on a future nobody else holds): collected as CPython's would be.
        _asyncio.release_unreachable_tasks()


def _abandon_tasks_of(loop):
    _abandoned_tasks.extend(_asyncio.abandon_tasks_of(loop))


import gc as _gc
_gc.callbacks.append(_release_abandoned)


# ---- the trace (docs/trace.md): only built while the CLI's --trace is on ----
_trace_ids = 0

def _emit(kind, task_id, **fields):
    # The members are encoded in C as json.dumps would write them.
    _asyncio.trace_emit_fields(kind, task_id, fields)


def _coro_line(coro):
    loc = _asyncio.coro_location(coro)
    return None if loc is None else loc[1]


_SYNC_WAITS = {
    'Queue.get': 'queue_get', 'Queue.put': 'queue_put', 'Queue.join': 'queue_join',
    'Event.wait': 'event', 'Lock.acquire': 'lock', 'Condition.wait': 'condition',
    'Condition.wait_for': 'condition', 'Semaphore.acquire': 'semaphore',
}


_SHUTDOWN_CORO_NAMES = ('BaseEventLoop.shutdown_asyncgens',
                        'BaseEventLoop.shutdown_default_executor')


def _is_library(filename):
    return filename.startswith('<frozen ')


def _describe_wait(task, fut):
    """What a task suspended on `fut` waits on (docs/trace.md's `wait`), named after the
    asyncio function the program called: the first library coroutine of the task's
    await chain (Queue.join, not the Event.wait inside it)."""
    # Links are (object, qualname, filename, line, None): locals are read only for the
    # link that needs them, so a traced step stays cheap.
    chain = _asyncio.await_chain(task._coro, False)
    line = None
    for link in chain:
        if not link[2].startswith('<frozen '):
            line = link[3]
    wait = {'kind': 'future', 'label': 'Future', 'target': None, 'line': line}
    if fut is None:
        wait['kind'] = 'yield'
        wait['label'] = 'sleep(0)'
        return wait
    if isinstance(fut, Task):
        wait.update(kind='task', label=fut.get_name(),
                    target=getattr(fut, '_trace_id', None))
    if any(link[1].endswith('_wait_for_one') for link in chain):
        wait.update(kind='as_completed', label='as_completed', target=None)
        return wait
    for obj, qualname, filename, lineno, _ in chain:
        if not filename.startswith('<frozen '):
            continue
        if qualname == 'sleep':
            loc = _asyncio.frame_locals(obj)
            wait.update(kind='sleep', label=f"sleep({loc.get('delay')!r})")
            return wait
        if qualname in _SYNC_WAITS:
            wait.update(kind=_SYNC_WAITS[qualname], label=qualname, target=None)
            return wait
        if qualname == 'wait_for':
            loc = _asyncio.frame_locals(obj)
            inner = loc.get('fut')
            wait.update(kind='wait_for', label=f"wait_for(timeout={loc.get('timeout')!r})",
                        target=getattr(inner, '_trace_id', None)
                        if isinstance(inner, Task) else None)
            return wait
        if qualname in ('wait', '_wait'):
            fs = _asyncio.frame_locals(obj).get('fs') or ()
            ids = [getattr(f, '_trace_id', None) for f in fs if isinstance(f, Task)]
            wait.update(kind='wait', label='wait', target=None,
                        targets=sorted(i for i in ids if i))
            return wait
        if qualname == 'TaskGroup.__aexit__':
            group = _asyncio.frame_locals(obj).get('self')
            ids = [getattr(t, '_trace_id', None) for t in getattr(group, '_tasks', ())]
            wait.update(kind='taskgroup', label='TaskGroup', target=None,
                        targets=sorted(i for i in ids if i))
            return wait
    if wait['kind'] == 'task':
        return wait
    if isinstance(fut, _GatheringFuture):
        ids = [getattr(c, '_trace_id', None) for c in fut._children]
        wait.update(kind='gather', label=f'gather({len(fut._children)})',
                    targets=[i for i in ids if i])
        return wait
    inner = getattr(fut, '_shield_inner', None)
    if inner is not None:
        if isinstance(inner, Task):
            wait.update(kind='shield', label=f'shield({inner.get_name()})',
                        target=getattr(inner, '_trace_id', None))
        else:
            wait.update(kind='shield', label='shield')
    return wait


def _format_coro(coro):
    name = getattr(coro, '__qualname__', None) or type(coro).__name__
    loc = _asyncio.coro_location(coro)
    if loc is None:
        return f'{name}()'
    filename, line, state = loc
    if state == 'closed':
        return f'{name}() done, defined at {filename}:{line}'
    return f'{name}() running at {filename}:{line}'


def _trace_created(task):
    # task_created, and the task's trace id (None for asyncio.run's own shutdown
    # tasks, which are not part of the program's story).
    global _trace_ids
    coro = task._coro
    name = getattr(coro, '__qualname__', None)
    if name in _SHUTDOWN_CORO_NAMES:
        return None
    parent = _current_task_of(task._loop)
    parent_id = None if parent is None else parent._trace_id
    # Closing an async generator (the loop's finalizer hook, shutdown_asyncgens) runs
    # its aclose() in a task no program task created: left out as the oracle does.
    if parent_id is None and not isinstance(coro, types.CoroutineType):
        return None
    _trace_ids += 1
    _emit('task_created', _trace_ids, name=task.get_name(),
          coro=name if name is not None else type(coro).__name__,
          parent=parent_id, line=_asyncio.user_line())
    return _trace_ids


def _trace_cancel(task, msg):
    by = _current_task_of(task._loop)
    _emit('cancel_requested', task._trace_id,
          by=None if by is None else by._trace_id, msg=msg)


def _trace_step_end(task, result):
    # After the step: what the task now waits on, or how it ended.
    if task.done():
        _emit('step_end', task._trace_id, wait=None)
        failure = None if task.cancelled() else task._exception
        if task.cancelled():
            _emit('task_done', task._trace_id, outcome='cancelled',
                  error=task._cancel_message)
        elif failure is None:
            _emit('task_done', task._trace_id, outcome='returned', error=None)
        else:
            detail = str(failure)
            text = type(failure).__name__ + (': ' + detail if detail else '')
            _emit('task_done', task._trace_id, outcome='raised', error=text)
    else:
        _emit('step_end', task._trace_id, wait=_describe_wait(task, result))


def _task_repr_words(task):
    # A future's words, with the task's own after the state: its name, its coroutine
    # and what it waits on. A task asked to stop and not yet done is 'cancelling'.
    state, *rest = futures._future_repr_info(task)
    if not task.done() and task.cancelling():
        state = 'cancelling'
    own = ['name=%r' % (task.get_name(),), 'coro=<%s>' % (_format_coro(task._coro),)]
    awaited = task._fut_waiter
    if awaited is not None:
        own.append('wait_for=%r' % (awaited,))
    return [state] + own + rest


def _task_stack(task, limit):
    # Task.get_stack(), in a module of the library bundle (the engine's size counts).
    from asyncio.format_helpers import task_stack
    return task_stack(task, limit)


def _task_write_stack(task, limit, file):
    from asyncio.format_helpers import write_task_stack
    write_task_stack(task, limit, file)


# A coroutine driven by the loop: each step sends into it (or throws into it) and what
# it yields decides when the next step runs. The class is C's, as CPython's
# _asyncio.Task (runtime/py/asyncio_task.c); repr, stacks and the trace are the
# Python functions above, which it calls. The trace's hooks are always given: C calls
# them only while the run is traced (asyncio may be imported before the trace is on).
Task = _CTask = _asyncio.Task
_asyncio.set_hooks(futures._future_repr_info, _task_repr_words,
                   _task_stack, _task_write_stack,
                   _trace_created, _trace_cancel, _trace_step_end)


def _create_named_task(loop, coro, name, context):
    """The task asyncio.create_task and TaskGroup.create_task make. CPython's make it
    unnamed (taking a Task-N number, through the loop's task factory if there is one)
    and rename it. Without a factory the number is taken first and the task is made
    with its name, so that the trace's task_created event carries the name."""
    if name is not None and loop.get_task_factory() is None:
        _next_task_name()
    return loop.create_task(coro, name=name, context=context)


def create_task(coro, *, name=None, context=None):
    return _create_named_task(events.get_running_loop(), coro, name, context)


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    given = coro_or_future
    if futures.isfuture(given):
        # A future is returned as it is, if it belongs to the loop asked for.
        if loop is None or loop is futures._get_loop(given):
            return given
        raise ValueError('The future belongs to a different loop than '
                         'the one specified as the loop argument')
    # Anything else becomes a task: a coroutine as it is, any other awaitable
    # through a coroutine of ours. If no task can be made, a coroutine we were given
    # is closed (it would warn that it was never awaited); one of ours is not.
    if coroutines.iscoroutine(given):
        coroutine, theirs = given, True
    elif hasattr(type(given), '__await__'):
        coroutine, theirs = _wrap_awaitable(given), False
    else:
        raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                        'is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coroutine)
    except RuntimeError:
        if theirs:
            coroutine.close()
        raise


# What sleep(0) awaits: a bare yield, as CPython's __sleep0 generator (C, so a hop
# costs no generator frame).
_sleep0 = _asyncio.sleep0
_CoroutineType = types.CoroutineType


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


async def sleep(delay, result=None):
    """Coroutine that completes after `delay` seconds (a bare yield for delay <= 0)."""
    if delay <= 0:
        await _sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(futures.Future):
    """The future gather() returns: cancelling it cancels its children."""

    def __init__(self, children, loop):
        futures.Future.__init__(self, loop=loop)
        self._children = children
        self._cancelled_by_caller = False  # cancel() found a child to cancel

    def cancel(self, msg=None):
        if self.done():
            return False
        # Every child is asked (no stopping at the first that accepts); the
        # gather ends cancelled if any of them accepted.
        accepted = [child.cancel(msg=msg) for child in self._children]
        self._cancelled_by_caller = self._cancelled_by_caller or any(accepted)
        return any(accepted)


def _gathered_outcome(child):
    """What gather() lists for a finished child: its result, its exception,
    or a new CancelledError carrying the child's cancel message."""
    if child.cancelled():
        message = child._cancel_message
        return exceptions.CancelledError('' if message is None else message)
    error = child.exception()
    return child.result() if error is None else error


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        nothing = events.get_event_loop().create_future()
        nothing.set_result([])
        return nothing

    # One entry per argument, in order; an argument given twice shares its
    # future, which is awaited (and counted) once.
    children = []
    arg_to_fut = {}
    outer = None
    finished = 0

    def _done_callback(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            # Too late to matter: just mark a failure as retrieved.
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            # The first failure or cancellation decides the gather.
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            failure = fut.exception()
            if failure is not None:
                outer.set_exception(failure)
                return
        if finished < len(arg_to_fut):
            return
        if outer._cancelled_by_caller:
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result([_gathered_outcome(child) for child in children])

    loop = None
    for arg in coros_or_futures:
        # (An unhashable argument, say a list passed by mistake, fails on the
        # next line, which tracebacks show: it reads as CPython's.)
        if arg not in arg_to_fut:
            if loop is not None and type(arg) is _CoroutineType:
                # What ensure_future does with a coroutine, without its checks, once
                # the first child has given the loop (a gather of 10,000 coroutines
                # runs 15 % fewer instructions).
                try:
                    child = loop.create_task(arg)
                except RuntimeError:
                    arg.close()
                    raise
            else:
                child = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(child)
            if child is not arg:
                # Made here, so awaited by the gather only: no warning if it is
                # dropped pending.
                child._log_destroy_pending = False
            arg_to_fut[arg] = child
            child.add_done_callback(_done_callback)
        children.append(arg_to_fut[arg])
    outer = _GatheringFuture(children, loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def _waker(waiter):
    # The done callback that resolves `waiter`; a partial, so a future's repr
    # names it as CPython's does (_release_waiter(<Future ...>)).
    return functools.partial(_release_waiter, waiter)


async def _cancel_and_wait(fut, loop):
    # Cancel fut and wait until it is done (it may take its time to finish).
    finished = loop.create_future()
    wake = _waker(finished)
    fut.add_done_callback(wake)
    try:
        fut.cancel()
        await finished
    finally:
        fut.remove_done_callback(wake)


async def wait_for(fut, timeout):
    """3.11's wait_for: fut becomes a task; with a positive timeout a waiter future,
    resolved by fut's end or by a timer, is awaited; then a fut still running is
    cancelled and waited for, and its cancellation turns into TimeoutError."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        # No time at all: fut is only given the chance to be already done.
        waiter = timer = None
    else:
        # Made before fut's task, as CPython's order of scheduling has it.
        waiter = loop.create_future()
        timer = loop.call_later(timeout, _release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    try:
        if waiter is not None:
            wake = _waker(waiter)
            fut.add_done_callback(wake)
            try:
                await waiter
            except exceptions.CancelledError:
                # Cancelled ourselves: fut goes too, unless it is already done.
                if fut.done():
                    return fut.result()
                fut.remove_done_callback(wake)
                await _cancel_and_wait(fut, loop=loop)
                raise
            fut.remove_done_callback(wake)
        if fut.done():
            return fut.result()
        # Out of time.
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        if timer is not None:
            timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = events.get_running_loop()
    fs = list(dict.fromkeys(fs))
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    return await _wait(fs, timeout, return_when, loop)


def _settles_wait(f, return_when):
    """Whether `f` finishing ends a wait() before all its futures are done.
    Its exception is only looked at (marking it retrieved) under
    FIRST_EXCEPTION, as CPython does."""
    if return_when == FIRST_COMPLETED:
        return True
    return (return_when == FIRST_EXCEPTION and not f.cancelled()
            and f.exception() is not None)


async def _wait(fs, timeout, return_when, loop):
    # One waiter future, resolved by whichever completion (or the timer)
    # settles the wait; the futures themselves are never cancelled here.
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    unfinished = len(fs)

    def _on_completion(f):
        nonlocal unfinished
        unfinished -= 1
        if unfinished > 0 and not _settles_wait(f, return_when):
            return
        if timeout_handle is not None:
            timeout_handle.cancel()
        if not waiter.done():
            waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    # Filled in the order given, so the two sets are built as CPython's are.
    finished, unfinished_set = set(), set()
    for f in fs:
        (finished if f.done() else unfinished_set).add(f)
    return finished, unfinished_set


def as_completed(fs, *, timeout=None):
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    from asyncio.queues import Queue
    done = Queue()
    loop = events.get_event_loop()
    todo = {}
    for f in dict.fromkeys(fs):
        t = ensure_future(f, loop=loop)
        todo[t] = None
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()
    outer._shield_inner = inner

    def _inner_done_callback(inner):
        # Pass the inner outcome on, unless the outer future was cancelled:
        # then nobody will read it, and a failure is marked as retrieved.
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(inner.exception())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


# run_coroutine_threadsafe lives in asyncio/threads.py with the rest of the bridge to
# threads, which is loaded on first use (asyncio/__init__.py says why).
def __getattr__(name):
    if name == 'run_coroutine_threadsafe':
        from asyncio import __getattr__ as from_threads
        return from_threads(name)
    raise AttributeError(f"module 'asyncio.tasks' has no attribute '{name}'")
