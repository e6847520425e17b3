"""iscoroutine / iscoroutinefunction."""

import types

__all__ = ('iscoroutinefunction', 'iscoroutine')

_is_coroutine = object()


def iscoroutinefunction(func):
    """True for an `async def` function (or one marked by the old decorator)."""
    while hasattr(func, '__func__'):
        func = func.__func__
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x80)


def iscoroutine(obj):
    """True for a coroutine object."""
    return isinstance(obj, types.CoroutineType)
