"""asyncio.Future: a result that will exist later, with done callbacks.

The class is _asyncio.Future, written in C (runtime/py/asyncio_future.c) as CPython's
is; this module keeps what is easier said in Python: its repr and isfuture.
Scheduling as CPython 3.11: set_result/set_exception/cancel schedule every done callback
through call_soon in registration order; add_done_callback on a done future too."""

import _asyncio

from asyncio import events
from asyncio import exceptions

__all__ = ('Future', 'wrap_future', 'isfuture')

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for an asyncio-compatible future (duck-typed as asyncio does)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cbs):
    # cb=[...], written by a module of the library bundle (the engine's size counts).
    from asyncio.format_helpers import format_callbacks
    return format_callbacks(cbs)


def _future_repr_info(fut):
    """The words of a future's repr after its class name (Future._repr_info)."""
    state = fut._state
    info = [state.lower()]
    if state == _FINISHED:
        if fut._exception is not None:
            info.append(f'exception={fut._exception!r}')
        else:
            info.append(f'result={fut._result!r}')
    callbacks = fut._callbacks
    if callbacks:
        info.append(_format_callbacks(callbacks))
    events._add_creation_point(fut, info)
    return info


# The future itself is the C type (runtime/py/asyncio_future.c), as CPython's
# _asyncio.Future: its state lives in the object, without an instance __dict__.
Future = _CFuture = _asyncio.Future


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    from asyncio import threads  # threads: asyncio/threads.py
    return threads.wrap_future(future, loop=loop)
