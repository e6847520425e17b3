"""Signals, in a sandbox where none arrives from outside.

Nothing can send a Taskscope program a signal: a browser has no Ctrl-C and there are
no other processes. A program can still do everything else CPython's module offers on
Linux: install and read back handlers, name the signals, and send itself one with
raise_signal() or os.kill(os.getpid(), sig). A handler then runs as CPython runs it
(with the signal's number and the current frame), and a default SIGINT raises
KeyboardInterrupt. A default terminating signal ends the program with the exit status
a shell reports for it (128 + its number), but as sys.exit() does: unlike a killed
CPython process, `finally` blocks and atexit functions still run.
"""

import sys
from enum import IntEnum
from operator import index as _index

# Linux's numbering, which is what CPython on Linux reports.
_NAMES = {
    1: ("SIGHUP", "Hangup"), 2: ("SIGINT", "Interrupt"), 3: ("SIGQUIT", "Quit"),
    4: ("SIGILL", "Illegal instruction"), 5: ("SIGTRAP", "Trace/breakpoint trap"),
    6: ("SIGABRT", "Aborted"), 7: ("SIGBUS", "Bus error"),
    8: ("SIGFPE", "Floating point exception"), 9: ("SIGKILL", "Killed"),
    10: ("SIGUSR1", "User defined signal 1"), 11: ("SIGSEGV", "Segmentation fault"),
    12: ("SIGUSR2", "User defined signal 2"), 13: ("SIGPIPE", "Broken pipe"),
    14: ("SIGALRM", "Alarm clock"), 15: ("SIGTERM", "Terminated"),
    16: ("SIGSTKFLT", "Stack fault"), 17: ("SIGCHLD", "Child exited"),
    18: ("SIGCONT", "Continued"), 19: ("SIGSTOP", "Stopped (signal)"),
    20: ("SIGTSTP", "Stopped"), 21: ("SIGTTIN", "Stopped (tty input)"),
    22: ("SIGTTOU", "Stopped (tty output)"), 23: ("SIGURG", "Urgent I/O condition"),
    24: ("SIGXCPU", "CPU time limit exceeded"), 25: ("SIGXFSZ", "File size limit exceeded"),
    26: ("SIGVTALRM", "Virtual timer expired"), 27: ("SIGPROF", "Profiling timer expired"),
    28: ("SIGWINCH", "Window changed"), 29: ("SIGIO", "I/O possible"),
    30: ("SIGPWR", "Power failure"), 31: ("SIGSYS", "Bad system call"),
}
NSIG = 65
_RTMIN, _RTMAX = 34, 64

Signals = IntEnum("Signals", [(name, number) for number, (name, _) in _NAMES.items()]
                  + [("SIGIOT", 6), ("SIGPOLL", 29), ("SIGCLD", 17),
                     ("SIGRTMIN", _RTMIN), ("SIGRTMAX", _RTMAX)],
                  module=__name__)
Handlers = IntEnum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)], module=__name__)
Sigmasks = IntEnum("Sigmasks", [("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)],
                   module=__name__)
for _enum in (Signals, Handlers, Sigmasks):
    globals().update(_enum.__members__)
del _enum

# What the default action of each signal is, where it is not to end the process.
_IGNORED_BY_DEFAULT = {SIGCHLD, SIGCONT, SIGURG, SIGWINCH}
_STOPPING = {SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU}
_UNCATCHABLE = {SIGKILL, SIGSTOP}


def default_int_handler(signalnum, frame, /):
    """The handler Python installs for SIGINT: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


# The handler of each signal as Python starts: SIGINT's raises KeyboardInterrupt,
# SIGPIPE and SIGXFSZ are ignored (so that writes fail with an error instead).
_handlers = {number: SIG_DFL for number in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = _handlers[SIGXFSZ] = SIG_IGN
_wakeup_fd = -1


def _number(signalnum):
    signalnum = _index(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return int(signalnum)


def _as_enum(handler):
    # SIG_DFL and SIG_IGN come back as Handlers members, as CPython's do.
    return Handlers(handler) if isinstance(handler, int) and handler in (0, 1) else handler


def _in_main_thread():
    threading = sys.modules.get("threading")
    return threading is None or threading.current_thread() is threading.main_thread()


def signal(signalnum, handler, /):
    """Installs `handler` (SIG_DFL, SIG_IGN or a callable taking the signal's number
    and a frame) for signal `signalnum` and returns the previous one."""
    number = _number(signalnum)
    if not (handler is SIG_DFL or handler is SIG_IGN or callable(handler)
            or (isinstance(handler, int) and handler in (0, 1))):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    if not _in_main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    if number in _UNCATCHABLE or _RTMIN > number > SIGSYS:
        raise OSError(22, "Invalid argument")
    previous = _handlers[number]
    _handlers[number] = handler
    return _as_enum(previous)


def getsignal(signalnum, /):
    """The handler installed for signal `signalnum`."""
    return _as_enum(_handlers[_number(signalnum)])


def strsignal(signalnum, /):
    """The description of a signal ("Interrupt"), as strsignal(3) gives it."""
    number = _number(signalnum)
    if number in _NAMES:
        return _NAMES[number][1]
    if _RTMIN <= number <= _RTMAX:
        return "Real-time signal %d" % (number - _RTMIN)
    return "Unknown signal %d" % number


def valid_signals():
    """The signals this platform knows."""
    known = {Signals(number) for number in _NAMES}
    known.update(Signals(number) if number in (_RTMIN, _RTMAX) else number
                 for number in range(_RTMIN, _RTMAX + 1))
    return known


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Records the file descriptor a signal would be written to; returns the previous."""
    global _wakeup_fd
    fd = _index(fd)
    if not _in_main_thread():
        raise ValueError("set_wakeup_fd only works in main thread of the main interpreter")
    previous, _wakeup_fd = _wakeup_fd, fd
    return previous


def siginterrupt(signalnum, flag, /):
    """Whether a signal interrupts system calls: there are none to interrupt here."""
    number = _number(signalnum)
    if number in _UNCATCHABLE:
        raise OSError(22, "Invalid argument")


def raise_signal(signalnum, /):
    """Sends this program signal `signalnum`: its handler runs now."""
    _deliver(_number(signalnum), sys._getframe(1))


def _deliver(number, frame):
    # What the process does on receiving the signal. The handler of a Python
    # program runs in its main thread, with the frame the signal interrupted.
    handler = _handlers[number]
    if callable(handler):
        handler(number, frame)
        return
    if handler == SIG_IGN or number in _IGNORED_BY_DEFAULT or number in _STOPPING:
        return  # (a stopped process with nobody to continue it: nothing to show)
    # The default action ends the program with the status a shell reports for a
    # killed process (an exit that no `finally` sees is not available here).
    sys.stdout.flush()
    raise SystemExit(128 + number)


def pthread_kill(thread_id, signalnum, /):
    """Sends the signal to a thread: here every signal goes to the main thread."""
    number = signalnum if signalnum == 0 else _number(signalnum)
    if number:
        _deliver(number, sys._getframe(1))


_blocked = set()


def pthread_sigmask(how, mask, /):
    """Changes the set of blocked signals and returns the previous set. (Only
    signals from outside could be blocked, and none comes, so it is only kept.)"""
    global _blocked
    if how not in (SIG_BLOCK, SIG_UNBLOCK, SIG_SETMASK):
        raise ValueError("value specified for how (%d) is invalid" % how)
    signals = {Signals(n) if n in Signals._value2member_map_ else n
               for n in map(_number, mask)}
    previous = set(_blocked)
    if how == SIG_BLOCK:
        _blocked |= signals
    elif how == SIG_UNBLOCK:
        _blocked -= signals
    else:
        _blocked = signals
    return previous
