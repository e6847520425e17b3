"""Signals for asyncio's loop and asyncio.run (the part of them a program that never
imports signal does not load).

Only the program itself can send a signal here (signal.raise_signal, os.kill to its
own pid). CPython's loop learns of one through its wakeup pipe: in the next iteration
the pipe's reader runs, and it schedules the callback for the iteration after. The
same two steps here keep callbacks in CPython's order.
"""

import sys

import _asyncio
from asyncio import coroutines, events

# The signals a loop handles, and which loop: what CPython's loops learn through the
# file descriptor they give signal.set_wakeup_fd (here a number nothing reads).
_signal_loops = {}
_WAKEUP_FD = 7


def _sighandler_noop(signum, frame):
    """The handler a loop installs for the signals it handles: tells that loop."""
    loop = _signal_loops.get(signum)
    if loop is not None and not loop.is_closed():
        # A timer due now runs at the start of the next iteration, after what this
        # one scheduled: where CPython's loop runs its wakeup pipe's reader.
        loop.call_at(loop.time(), _run_signal_handler, loop, signum)


def _checked_signal(sig):
    """The signal module, once `sig` is known to be a signal number."""
    import signal
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if sig not in signal.valid_signals():
        raise ValueError(f'invalid signal number {sig}')
    return signal


def _route_signal(signal, number, loop, handle):
    """Sends signal `number` to `loop`'s `handle` from now on, or, with handle None,
    back to Python's default handler. The wakeup descriptor stays set while the
    loop handles any signal; failures are the RuntimeErrors CPython's loop raises."""
    table = loop._signal_handlers
    try:
        if handle is None:
            del table[number]
            _signal_loops.pop(number, None)
            signal.signal(number, signal.default_int_handler
                          if number == signal.SIGINT else signal.SIG_DFL)
            return
        try:
            signal.set_wakeup_fd(_WAKEUP_FD)
        except (ValueError, OSError) as exc:
            raise RuntimeError(str(exc))
        table[number], _signal_loops[number] = handle, loop
        try:
            signal.signal(number, _sighandler_noop)
        except OSError:
            del table[number]
            _signal_loops.pop(number, None)
            raise
    except OSError as exc:
        if exc.errno != 22:  # EINVAL: SIGKILL, SIGSTOP
            raise
        raise RuntimeError(f'sig {number:d} cannot be caught')
    finally:
        if not table:
            try:
                signal.set_wakeup_fd(-1)
            except ValueError:
                pass  # not the main thread: the descriptor was never set from here


def add_signal_handler(loop, sig, callback, args):
    """loop.add_signal_handler(sig, callback, *args)."""
    if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    signal = _checked_signal(sig)
    loop._check_closed()
    _route_signal(signal, sig, loop, events.Handle(callback, args, loop, None))


def remove_signal_handler(loop, sig):
    """loop.remove_signal_handler(sig): whether a handler was removed."""
    signal = _checked_signal(sig)
    if sig not in loop._signal_handlers:
        return False
    _route_signal(signal, sig, loop, None)
    return True


def _run_signal_handler(loop, sig):
    handle = loop._signal_handlers.get(sig)
    if handle is None:
        return
    if handle._cancelled:
        remove_signal_handler(loop, sig)
    else:
        _asyncio.call_soon(handle._run)


class SigintCancels:
    """The SIGINT handler of a Runner.run in the main thread: the first SIGINT
    cancels the task being run, a second one raises KeyboardInterrupt where the
    program is. Installed only over Python's default SIGINT handler."""

    def __init__(self, loop, task):
        self._loop, self._task = loop, task
        self.count = 0

    @classmethod
    def install(cls, loop, task):
        signal = sys.modules.get('signal')
        threading = sys.modules.get('threading')
        if signal is None or signal.getsignal(signal.SIGINT) is not signal.default_int_handler:
            return None
        if threading is not None and threading.current_thread() is not threading.main_thread():
            return None
        handler = cls(loop, task)
        signal.signal(signal.SIGINT, handler)
        return handler

    def __call__(self, signum, frame):
        self.count += 1
        if self.count == 1 and not self._task.done():
            self._task.cancel()
            self._loop.call_soon_threadsafe(lambda: None)
            return
        raise KeyboardInterrupt()

    def was_the_cancel(self, task):
        # The task ended cancelled by this handler alone (no other cancel pending).
        return self.count > 0 and task.uncancel() == 0

    def remove(self):
        signal = sys.modules['signal']
        if signal.getsignal(signal.SIGINT) is self:
            signal.signal(signal.SIGINT, signal.default_int_handler)
