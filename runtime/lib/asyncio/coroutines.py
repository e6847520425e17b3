"""iscoroutine / iscoroutinefunction."""

import functools
import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def iscoroutinefunction(func):
    # True for an `async def` function (or one marked by the old decorator), also
    # behind a bound method and then behind partials, as CPython's.
    while hasattr(func, '__func__'):
        func = func.__func__
    while isinstance(func, functools.partial):
        func = func.func
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


# What CPython 3.11 accepts as a coroutine: coroutine and generator objects, and any
# object collections.abc.Coroutine recognises (an async generator's asend/athrow, which
# asyncio's finalizer hook runs as a task). The ABC is asked only about other types,
# once per type that passes.
import _asyncio

_CoroutineType = types.CoroutineType
# Known without asking the ABC (importing collections.abc costs a cold start).
_iscoroutine_typecache = {types.GeneratorType, _asyncio._AsyncGenASend,
                          _asyncio._AsyncGenAThrow}


def iscoroutine(obj):
    """True for a coroutine object."""
    if isinstance(obj, _CoroutineType):  # the common case, first and cheapest
        return True
    return _iscoroutine_other(obj)


def _iscoroutine_other(obj):
    if type(obj) in _iscoroutine_typecache or isinstance(obj, types.GeneratorType):
        return True
    from collections.abc import Coroutine
    if isinstance(obj, Coroutine):
        if len(_iscoroutine_typecache) < 100:
            _iscoroutine_typecache.add(type(obj))
        return True
    return False
