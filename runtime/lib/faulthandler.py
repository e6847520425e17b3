"""faulthandler module: dump the Python traceback of the running program.

dump_traceback() writes the current thread's stack in CPython's format. The rest is
state a program may set and read back, since a Taskscope run has no fatal signals
(no segmentation fault reaches Python in the sandbox), no watchdog thread and no
signals from outside: enable() and register() record what they were asked, and a
dump_traceback_later() timer is recorded and cancelled but never fires.
"""

import sys as _sys

# CPython names the frames it does not print; we use the same bound.
_MOST_FRAMES = 100
_MOST_TEXT = 500            # longer file and function names are cut, with '...'
_FATAL_SIGNALS = (4, 6, 7, 8, 11)   # SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGSEGV
_SIGNAL_COUNT = 65          # Linux's NSIG: signals are 1..64

# Modules of ours that are C in CPython: their frames do not exist there (an atexit
# callback's caller is the interpreter itself), so a dump leaves them out.
_C_IN_CPYTHON = frozenset("<frozen %s>" % name for name in (
    "atexit", "itertools", "decimal", "_decimal_digits", "_decimal_format", "array",
    "zlib", "binascii", "unicodedata"))

_enabled = False
_watchdog = None            # the pending dump_traceback_later request, or None
_registered = {}            # signal number -> (fd, all_threads, chain)


# ---- CPython's argument conventions (the module is C there) --------------------------

def _parse(function, args, kwargs, names, required):
    """The values of `names` from args and kwargs, missing optional ones as None, with
    the errors CPython's argument parser gives."""
    given = len(args) + len(kwargs)
    if given > len(names):
        noun = "argument" if len(names) == 1 else "arguments"
        raise TypeError(f"{function}() takes at most {len(names)} {noun} ({given} given)")
    values = []
    for position, name in enumerate(names):
        if position < len(args):
            if name in kwargs:
                raise TypeError(f"argument for {function}() given by name ('{name}') and "
                                f"position ({position + 1})")
            values.append(args[position])
        elif name in kwargs:
            values.append(kwargs[name])
        elif position < required:
            raise TypeError(f"{function}() missing required argument '{name}' "
                            f"(pos {position + 1})")
        else:
            values.append(None)
    for name in kwargs:
        if name not in names:
            raise TypeError(f"'{name}' is an invalid keyword argument for {function}()")
    return values


def _c_int(value, default):
    if value is None:
        return default
    if not hasattr(type(value), "__index__"):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    number = type(value).__index__(value)
    if not -2 ** 63 <= number < 2 ** 63:
        raise OverflowError("Python int too large to convert to C long")
    if number >= 2 ** 31:
        raise OverflowError("signed integer is greater than maximum")
    if number < -2 ** 31:
        raise OverflowError("signed integer is less than minimum")
    return number


def _nothing(function, args, kwargs):
    if kwargs:
        raise TypeError(f"faulthandler.{function}() takes no keyword arguments")
    if args:
        raise TypeError(f"faulthandler.{function}() takes no arguments ({len(args)} given)")


def _descriptor(file):
    """The file descriptor `file` stands for (sys.stderr when None), flushing a file
    object first as CPython does before writing to its descriptor."""
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError("sys.stderr is None")
    if isinstance(file, int):
        fd = file
    elif file is _sys.__stdout__ or file is _sys.__stderr__:
        # The engine's own streams have no fileno(); they are 1 and 2.
        fd = 1 if file is _sys.__stdout__ else 2
    else:
        import io
        if isinstance(file, (io.StringIO, io.BytesIO)) and not hasattr(file, "fileno"):
            # CPython's memory streams have a fileno() that says they have none.
            raise io.UnsupportedOperation("fileno")
        fd = file.fileno()
    if fd < 0:
        raise ValueError("file is not a valid file descripter")
    if not isinstance(file, int):
        try:
            file.flush()
        except Exception:
            pass            # as CPython: a failed flush does not stop the dump
    return fd


def _write(fd, text):
    # The sandbox has standard output and error only; other descriptors take nothing.
    stream = {1: _sys.__stdout__, 2: _sys.__stderr__}.get(fd)
    if stream is not None:
        stream.write(text)
        stream.flush()


# ---- the dump -------------------------------------------------------------------------

def _ascii(text):
    """text as faulthandler writes it: printable ASCII kept, other characters escaped,
    cut after _MOST_TEXT characters."""
    out = []
    for ch in text[:_MOST_TEXT]:
        code = ord(ch)
        if 32 <= code < 127:
            out.append(ch)
        elif code < 0x100:
            out.append("\\x%02x" % code)
        elif code < 0x10000:
            out.append("\\u%04x" % code)
        else:
            out.append("\\U%08x" % code)
    if len(text) > _MOST_TEXT:
        out.append("...")
    return "".join(out)


def _stack_text(frame, all_threads):
    if all_threads:
        import _thread
        lines = ["Current thread 0x%016x (most recent call first):" % _thread.get_ident()]
    else:
        lines = ["Stack (most recent call first):"]
    shown = 0
    while frame is not None:
        code = frame.f_code
        if code.co_filename in _C_IN_CPYTHON:
            frame = frame.f_back
            continue
        if shown == _MOST_FRAMES:
            lines.append("  ...")
            break
        lines.append(f'  File "{_ascii(code.co_filename)}", line {frame.f_lineno} in '
                     f'{_ascii(code.co_name)}')
        shown += 1
        frame = frame.f_back
    return "\n".join(lines) + "\n"


def dump_traceback(*args, **kwargs):
    """dump_traceback(file=sys.stderr, all_threads=True): dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
    file, all_threads = _parse("dump_traceback", args, kwargs, ("file", "all_threads"), 0)
    all_threads = _c_int(all_threads, 1)
    fd = _descriptor(file)
    _write(fd, _stack_text(_sys._getframe(1), all_threads))


# ---- state a program sets and reads back ---------------------------------------------

def enable(*args, **kwargs):
    """enable(file=sys.stderr, all_threads=True): enable the fault handler"""
    global _enabled
    file, all_threads = _parse("enable", args, kwargs, ("file", "all_threads"), 0)
    _c_int(all_threads, 1)
    _descriptor(file)
    _enabled = True


def disable(*args, **kwargs):
    """disable(): disable the fault handler"""
    global _enabled
    _nothing("disable", args, kwargs)
    was, _enabled = _enabled, False
    return was


def is_enabled(*args, **kwargs):
    """is_enabled()->bool: check if the handler is enabled"""
    _nothing("is_enabled", args, kwargs)
    return _enabled


def _seconds(timeout):
    """Checks a timeout as CPython converts it to its nanosecond time type."""
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854776e9 <= timeout < 9.223372036854776e9:
            raise OverflowError("timestamp out of range for platform time_t")
    else:
        if not hasattr(type(timeout), "__index__"):
            raise TypeError(f"'{type(timeout).__name__}' object cannot be interpreted as "
                            f"an integer")
        timeout = type(timeout).__index__(timeout)
        if not -2 ** 63 <= timeout * 10 ** 9 < 2 ** 63:
            raise OverflowError("timestamp too large to convert to C _PyTime_t")
    if timeout <= 0:
        raise ValueError("timeout must be greater than 0")
    return timeout


def dump_traceback_later(*args, **kwargs):
    """dump_traceback_later(timeout, repeat=False, file=sys.stderrn, exit=False):
dump the traceback of all threads in timeout seconds,
or each timeout seconds if repeat is True. If exit is True, call _exit(1) which is not safe."""
    global _watchdog
    timeout, repeat, file, leave = _parse("dump_traceback_later", args, kwargs,
                                          ("timeout", "repeat", "file", "exit"), 1)
    repeat = _c_int(repeat, 0)
    leave = _c_int(leave, 0)
    timeout = _seconds(timeout)
    fd = _descriptor(file)
    # Recorded only: the sandbox has no watchdog thread to interrupt the program.
    _watchdog = (timeout, bool(repeat), fd, bool(leave))


def cancel_dump_traceback_later(*args, **kwargs):
    """cancel_dump_traceback_later():
cancel the previous call to dump_traceback_later()."""
    global _watchdog
    _nothing("cancel_dump_traceback_later", args, kwargs)
    _watchdog = None


def _signal_number(value):
    number = _c_int(value, None)
    if number in _FATAL_SIGNALS:
        raise RuntimeError(f"signal {number} cannot be registered, use enable() instead")
    if not 0 < number < _SIGNAL_COUNT:
        raise ValueError("signal number out of range")
    return number


def register(*args, **kwargs):
    """register(signum, file=sys.stderr, all_threads=True, chain=False): register a handler for the signal 'signum': dump the traceback of the current thread, or of all threads if all_threads is True, into file"""
    signum, file, all_threads, chain = _parse("register", args, kwargs,
                                              ("signum", "file", "all_threads", "chain"), 1)
    signum = _signal_number(signum)
    all_threads = _c_int(all_threads, 1)
    chain = _c_int(chain, 0)
    fd = _descriptor(file)
    # Recorded only: no signal reaches the sandbox from outside.
    _registered[signum] = (fd, bool(all_threads), bool(chain))


def unregister(*args, **kwargs):
    """unregister(signum): unregister the handler of the signal 'signum' registered by register()"""
    if len(args) != 1:
        raise TypeError(f"unregister() takes exactly 1 argument ({len(args)} given)")
    if kwargs:
        raise TypeError("unregister() takes no keyword arguments")
    return _registered.pop(_signal_number(args[0]), None) is not None
