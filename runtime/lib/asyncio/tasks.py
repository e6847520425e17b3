"""Tasks and the coroutine combinators (sleep, gather, wait, wait_for, as_completed,
shield), scheduled exactly as CPython 3.11's Lib/asyncio/tasks.py schedules them, so
every await costs the same number of loop iterations."""

import contextvars
import types
import functools

from asyncio import events
from asyncio import exceptions
from asyncio import futures
from asyncio import coroutines
import _asyncio

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep', 'gather',
           'shield', 'ensure_future', 'run_coroutine_threadsafe', 'current_task',
           'all_tasks', 'to_thread')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_task_counter = 0


def _next_task_name():
    global _task_counter
    _task_counter += 1
    return f'Task-{_task_counter}'


# Tasks not yet done, in creation order (CPython keeps a WeakSet).
_pending_tasks = {}
_current_tasks = {}


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_pending_tasks.values())
            if t._loop is loop and not t.done()}


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


def _abandon_tasks_of(loop):
    for key, task in list(_pending_tasks.items()):
        if task._loop is loop:
            del _pending_tasks[key]
            _abandoned_tasks.append(task)


import gc as _gc
_gc.callbacks.append(_release_abandoned)


def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f'Cannot enter into task {task!r} while another '
                           f'task {current!r} is being executed.')
    _current_tasks[loop] = task


def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f'Leaving task {task!r} does not match '
                           f'the current task {current!r}.')
    del _current_tasks[loop]


# ---- the trace (docs/trace.md): only built while the CLI's --trace is on ----
_TRACE = _asyncio.trace_enabled()
_trace_ids = 0

def _emit(kind, task_id, **fields):
    import json
    text = json.dumps(fields)
    _asyncio.trace_emit(kind, task_id, text[1:-1])


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
    chain = _asyncio.await_chain(task._coro)
    line = None
    for obj, qualname, filename, lineno, loc in chain:
        if not _is_library(filename):
            line = lineno
    wait = {'kind': 'future', 'label': 'Future', 'target': None, 'line': line}
    if fut is None:
        wait.update(kind='yield', label='sleep(0)')
        return wait
    if isinstance(fut, Task):
        wait.update(kind='task', label=fut.get_name(),
                    target=getattr(fut, '_trace_id', None))
    if any(link[1].endswith('_wait_for_one') for link in chain):
        wait.update(kind='as_completed', label='as_completed', target=None)
        return wait
    for obj, qualname, filename, lineno, loc in chain:
        if not _is_library(filename):
            continue
        if qualname == 'sleep':
            wait.update(kind='sleep', label=f"sleep({loc.get('delay')!r})")
            return wait
        if qualname in _SYNC_WAITS:
            wait.update(kind=_SYNC_WAITS[qualname], label=qualname, target=None)
            return wait
        if qualname == 'wait_for':
            inner = loc.get('fut')
            wait.update(kind='wait_for', label=f"wait_for(timeout={loc.get('timeout')!r})",
                        target=getattr(inner, '_trace_id', None)
                        if isinstance(inner, Task) else None)
            return wait
        if qualname in ('wait', '_wait'):
            fs = loc.get('fs') or ()
            ids = [getattr(f, '_trace_id', None) for f in fs if isinstance(f, Task)]
            wait.update(kind='wait', label='wait', target=None,
                        targets=sorted(i for i in ids if i))
            return wait
        if qualname == 'TaskGroup.__aexit__':
            group = loc.get('self')
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


class _FrameInfo:
    """What Task.get_stack() gives for a suspended coroutine: its code and line."""

    def __init__(self, coro, filename, lineno):
        self.f_code = coro.cr_code
        self.f_lineno = lineno
        self.f_filename = filename

    def __repr__(self):
        return (f'<frame at {id(self):#x}, file {self.f_code.co_filename!r}, '
                f'line {self.f_lineno}, code {self.f_code.co_name}>')


class Task(futures.Future):
    """A coroutine driven by the loop: each step sends into it (or throws into it) and
    what it yields decides when the next step runs."""

    _log_destroy_pending = True
    _trace_id = None  # the task's id in the trace, None when not traced

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        # Each task runs its steps in its own copy of the creating context.
        self._context = contextvars.copy_context() if context is None else context
        self._loop.call_soon(self._step, context=self._context)
        _pending_tasks[id(self)] = self
        if _TRACE and coro.__qualname__ not in _SHUTDOWN_CORO_NAMES:
            # asyncio.run's own shutdown tasks are not part of the program's story.
            global _trace_ids
            _trace_ids += 1
            self._trace_id = _trace_ids
            parent = _current_tasks.get(self._loop)
            _emit('task_created', self._trace_id, name=self._name,
                  coro=getattr(coro, '__qualname__', None),
                  parent=None if parent is None else parent._trace_id,
                  line=_asyncio.user_line())

    def _repr_info(self):
        info = super()._repr_info()
        if self.cancelling() and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self.get_name()!r}')
        info.insert(2, f'coro=<{_format_coro(self._coro)}>')
        if self._fut_waiter is not None:
            info.insert(3, f'wait_for={self._fut_waiter!r}')
        return info

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, ' '.join(self._repr_info()))

    def __del__(self):
        self._report_destroyed()
        super().__del__()

    def _report_destroyed(self):
        if self._state == futures._PENDING and self._log_destroy_pending:
            self._log_destroy_pending = False
            # CPython's collector finalizes the coroutine before the task reports.
            try:
                self._coro.close()
            except BaseException:
                pass
            self._loop.call_exception_handler({
                'task': self,
                'message': 'Task was destroyed but it is pending!',
            })

    def __class_getitem__(cls, item):
        return cls

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        # As CPython for a coroutine: the task's own suspended frame, or [] once done.
        # Frames are stand-ins carrying f_code (co_filename, co_name) and f_lineno.
        loc = _asyncio.coro_location(self._coro)
        if loc is None or loc[2] == 'closed' or limit == 0:
            return []
        return [_FrameInfo(self._coro, loc[0], loc[1])]

    def print_stack(self, *, limit=None, file=None):
        import sys
        out = file if file is not None else sys.stderr
        frames = self.get_stack(limit=limit)
        if not frames:
            out.write(f'No stack for {self!r}\n')
            return
        out.write(f'Stack for {self!r} (most recent call last):\n')
        for f in frames:
            code = f.f_code
            out.write(f'  File "{code.co_filename}", line {f.f_lineno}, '
                      f'in {code.co_name}\n')
            text = _asyncio.source_line(code.co_filename, f.f_lineno)
            if text:
                out.write(f'    {text}\n')

    def cancel(self, msg=None):
        self._Future__log_traceback = False
        if self.done():
            return False
        if _TRACE and self._trace_id:
            by = _current_tasks.get(self._loop)
            _emit('cancel_requested', self._trace_id,
                  by=None if by is None else by._trace_id, msg=msg)
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _finish(self):
        _pending_tasks.pop(id(self), None)

    def _trace_step_end(self, result):
        # After the step: what the task now waits on, or how it ended.
        if self.done():
            _emit('step_end', self._trace_id, wait=None)
            if self.cancelled():
                _emit('task_done', self._trace_id, outcome='cancelled',
                      error=self._cancel_message)
            elif self._exception is not None:
                exc = self._exception
                text = type(exc).__name__
                if str(exc):
                    text += ': ' + str(exc)
                _emit('task_done', self._trace_id, outcome='raised', error=text)
            else:
                _emit('task_done', self._trace_id, outcome='returned', error=None)
        else:
            _emit('step_end', self._trace_id, wait=_describe_wait(self, result))

    def _step(self, exc=None):
        if self.done():
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        _enter_task(loop, self)
        result = None
        traced = _TRACE and self._trace_id
        if traced:
            _emit('step_begin', self._trace_id)
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            self._finish()
            if self._must_cancel:
                self._must_cancel = False
                futures.Future.cancel(self, msg=self._cancel_message)
            else:
                futures.Future.set_result(self, stop.value)
        except exceptions.CancelledError as cancelled:
            self._finish()
            self._cancelled_exc = cancelled
            futures.Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as error:
            self._finish()
            futures.Future.set_exception(self, error)
            raise
        except BaseException as error:
            self._finish()
            # Drop this method's own frame from the traceback, as CPython's C task
            # shows none (and the frame would keep the task alive in a cycle).
            tb = error.__traceback__
            if tb is not None:
                error.__traceback__ = tb.tb_next
            futures.Future.set_exception(self, error)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if futures._get_loop(result) is not loop:
                    new_exc = RuntimeError(
                        f'Task {self!r} got Future {result!r} attached to a '
                        f'different loop')
                    loop.call_soon(self._step, new_exc, context=self._context)
                elif blocking:
                    if result is self:
                        new_exc = RuntimeError(
                            f'Task cannot await on itself: {self!r}')
                        loop.call_soon(self._step, new_exc, context=self._context)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self._wakeup, context=self._context)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError(
                        f'yield was used instead of yield from in task {self!r} '
                        f'with {result!r}')
                    loop.call_soon(self._step, new_exc, context=self._context)
            elif result is None:
                loop.call_soon(self._step, context=self._context)
            elif isinstance(result, types.GeneratorType):
                new_exc = RuntimeError(
                    f'yield was used instead of yield from for generator in task '
                    f'{self!r} with {result!r}')
                loop.call_soon(self._step, new_exc, context=self._context)
            else:
                new_exc = RuntimeError(f'Task got bad yield: {result!r}')
                loop.call_soon(self._step, new_exc, context=self._context)
        finally:
            _leave_task(loop, self)
            if traced:
                self._trace_step_end(result)
            self = None

    def _wakeup(self, future):
        # The step runs outside the except block: a coroutine resumed from inside one
        # would lose its own handled exception after its next suspension (an
        # interpreter bug a bare `raise` in an except block with an await shows).
        error = None
        try:
            future.result()
        except BaseException as exc:
            error = exc
        if error is None:
            self._step()
        else:
            self._step(error)
        self = None


def create_task(coro, *, name=None, context=None):
    try:
        loop = events.get_running_loop()
    except RuntimeError:
        _asyncio.warn_at_exit(coro)
        raise
    if name is not None:
        # CPython creates the task (consuming a Task-N number), then renames it.
        _next_task_name()
    return loop.create_task(coro, name=name, context=context)


def _isawaitable(obj):
    return (coroutines.iscoroutine(obj) or
            hasattr(type(obj), '__await__'))


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = events.get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


@types.coroutine
def _sleep0():
    yield


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
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    nfuts = 0
    nfinished = 0
    outer = None
    children = []

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = exceptions.CancelledError(
                        '' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    loop = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """3.11's wait_for: a waiter future and a timer, then cancel-and-wait."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


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


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                    f.exception() is not None)):
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
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


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
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


_NO_THREADS = ('{} is not available in Taskscope: programs run in a browser, '
               'without threads')


async def to_thread(func, /, *args, **kwargs):
    raise NotImplementedError(_NO_THREADS.format('asyncio.to_thread()'))


def run_coroutine_threadsafe(coro, loop):
    raise NotImplementedError(_NO_THREADS.format('asyncio.run_coroutine_threadsafe()'))
