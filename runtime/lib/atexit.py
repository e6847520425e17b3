"""Functions to run when the program ends: register(func, *args, **kwargs) adds one,
unregister(func) removes every registration of func. The interpreter calls
_run_exitfuncs() once the main program has finished (also after an uncaught exception
or sys.exit), and the callbacks run last registered first, as in CPython."""

import sys

__all__ = ["register", "unregister"]

# Entries are (func, args, kwargs); unregister leaves None in their place, so that
# _ncallbacks() counts as CPython's does until the table is next cleared.
_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    for i, entry in enumerate(_callbacks):
        if entry is not None and entry[0] == func:
            _callbacks[i] = None


def _ncallbacks():
    return len(_callbacks)


def _clear():
    _callbacks.clear()


def _run_exitfuncs():
    while _callbacks:
        entry = _callbacks.pop()
        if entry is None:
            continue
        func, args, kwargs = entry
        try:
            func(*args, **kwargs)
        except BaseException as exc:  # reported and ignored, as at CPython's shutdown
            sys.stdout.flush()
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            import traceback
            # The traceback starts at the callback, without this function's frame.
            exc.__traceback__ = exc.__traceback__.tb_next
            # CPython's unraisable format: no chained exceptions, ": " after the type.
            traceback._print_unraisable(exc)
