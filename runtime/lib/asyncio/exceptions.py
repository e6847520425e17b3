"""The exceptions asyncio raises.

asyncio.TimeoutError is the builtin TimeoutError itself (since Python 3.11),
so `except TimeoutError` catches the timeouts of wait_for() and timeout()."""

__all__ = (
    'BrokenBarrierError',
    'CancelledError',
    'InvalidStateError',
    'TimeoutError',
    'IncompleteReadError',
    'LimitOverrunError',
    'SendfileNotAvailableError',
)

TimeoutError = TimeoutError


class CancelledError(BaseException):
    """Raised inside a task, and by result(), once its Future or Task is cancelled."""


class InvalidStateError(Exception):
    """The Future is not in a state that allows this operation (e.g. result() of a pending one)."""


class SendfileNotAvailableError(RuntimeError):
    """No direct file-to-socket transfer is available.

    The event loop raises it when the platform (here: always) cannot send a
    file through a socket directly, and falls back to plain reads and writes."""


def _rebuilt_from(*fields):
    """A __reduce__ for the stream errors, which keep fields their message is made
    from (or sits beside): a copy calls the class again with those fields, in order.
    The name 'message' stands for the first argument given to Exception."""
    def __reduce__(self):
        values = [self.args[0] if name == 'message' else getattr(self, name)
                  for name in fields]
        return type(self), tuple(values)
    return __reduce__


class IncompleteReadError(EOFError):
    """A stream ended before the number of bytes asked for arrived.

    `partial` keeps the bytes that did arrive; `expected` is how many were
    wanted, or None when the read stopped at a separator never found."""

    __reduce__ = _rebuilt_from('partial', 'expected')

    def __init__(self, partial, expected):
        wanted = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {wanted} expected bytes')
        self.partial, self.expected = partial, expected


class LimitOverrunError(Exception):
    """A stream's buffer filled up before the separator looked for was seen.

    `consumed` tells how many bytes the caller should drop to get past it."""

    __reduce__ = _rebuilt_from('message', 'consumed')

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


class BrokenBarrierError(RuntimeError):
    """The Barrier was aborted or reset while tasks waited on it (or before they came)."""
