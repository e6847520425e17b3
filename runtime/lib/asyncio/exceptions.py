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


class IncompleteReadError(EOFError):
    """A stream ended before the number of bytes asked for arrived.

    `partial` keeps the bytes that did arrive; `expected` is how many were
    wanted, or None when the read stopped at a separator never found."""

    def __init__(self, partial, expected):
        wanted = repr(expected) if expected is not None else 'undefined'
        message = '%d bytes read on a total of %s expected bytes' % (len(partial), wanted)
        super().__init__(message)
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        # Rebuild from the two attributes: the message alone cannot give them back.
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A stream's buffer filled up before the separator looked for was seen.

    `consumed` tells how many bytes the caller should drop to get past it."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        message = self.args[0]
        return type(self), (message, self.consumed)


class BrokenBarrierError(RuntimeError):
    """The Barrier was aborted or reset while tasks waited on it (or before they came)."""
