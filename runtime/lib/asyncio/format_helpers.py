"""How asyncio writes callbacks and task stacks: the reprs of handles and futures, the
"Exception in callback" message, Task.get_stack() and Task.print_stack(). Kept out of
the modules `import asyncio` loads (the engine's download size counts; these are
needed only when a program prints such a repr or stack), as CPython keeps them in
asyncio.format_helpers."""

import functools

import _asyncio


def format_callback(cb, args, kwargs=None):
    # As asyncio's format helpers: name(args), a partial as its function with its
    # frozen arguments then the call's (f(1, k=2)(5)), and ' at file:line' when the
    # callback is (or wraps, or is a partial of) a Python function; a bound method
    # shows no place.
    text = _format_call(cb, args, kwargs)
    source = cb
    while True:
        source = getattr(source, '__wrapped__', source) if not isinstance(
            source, functools.partial) else source.func
        if not isinstance(source, functools.partial) and \
                not hasattr(source, '__wrapped__'):
            break
    if type(source) is type(format_callback):
        code = source.__code__
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text


def _format_call(cb, args, kwargs):
    if isinstance(cb, functools.partial):
        return (_format_call(cb.func, cb.args, cb.keywords)
                + _format_arguments(args, kwargs))
    name = getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)
    return name + _format_arguments(args, kwargs)


def _format_arguments(args, kwargs):
    # Abbreviated as asyncio's format helpers do (reprlib).
    if not args and not kwargs:
        return '()'
    import reprlib
    items = [reprlib.repr(a) for a in args or ()]
    items += [f'{k}={reprlib.repr(v)}' for k, v in (kwargs or {}).items()]
    return '(' + ', '.join(items) + ')'


def format_callbacks(cbs):
    """The cb=[...] word of a future's repr: its first and last callbacks."""
    def fmt(cb):
        return format_callback(cb, ())
    size = len(cbs)
    if size == 0:
        return ''
    if size == 1:
        inner = fmt(cbs[0][0])
    elif size == 2:
        inner = f'{fmt(cbs[0][0])}, {fmt(cbs[1][0])}'
    else:
        inner = f'{fmt(cbs[0][0])}, <{size - 2} more>, {fmt(cbs[-1][0])}'
    return f'cb=[{inner}]'


class _FrameInfo:
    """What Task.get_stack() gives for a suspended coroutine: its code and line."""

    def __init__(self, coro, filename, lineno):
        self.f_code = coro.cr_code
        self.f_lineno = lineno
        self.f_filename = filename

    def __repr__(self):
        return (f'<frame at {id(self):#x}, file {self.f_code.co_filename!r}, '
                f'line {self.f_lineno}, code {self.f_code.co_name}>')


def task_stack(task, limit):
    # As CPython for a coroutine: the task's own suspended frame (a stand-in carrying
    # f_code and f_lineno); once done, the frames of its exception's traceback, the
    # first `limit` of them ([] if it returned or was cancelled).
    loc = _asyncio.coro_location(task._coro)
    if limit is not None and limit <= 0:
        return []
    if loc is not None and loc[2] != 'closed':
        return [_FrameInfo(task._coro, loc[0], loc[1])]
    frames = []
    exc = None if not task.done() or task.cancelled() else task._exception
    tb = exc.__traceback__ if exc is not None else None
    while tb is not None and (limit is None or len(frames) < limit):
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    return frames


def write_task_stack(task, limit, file):
    import sys
    out = file if file is not None else sys.stderr
    frames = task_stack(task, limit)
    if not frames:
        out.write(f'No stack for {task!r}\n')
        return
    exc = None if task.cancelled() or not task.done() else task._exception
    kind = 'Stack' if exc is None else 'Traceback'
    out.write(f'{kind} for {task!r} (most recent call last):\n')
    for f in frames:
        code = f.f_code
        out.write(f'  File "{code.co_filename}", line {f.f_lineno}, '
                  f'in {code.co_name}\n')
        text = _asyncio.source_line(code.co_filename, f.f_lineno)
        if text:
            out.write(f'    {text}\n')
    if exc is not None:
        import traceback
        out.write(''.join(traceback.format_exception_only(type(exc), exc)))
