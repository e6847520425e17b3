"""threading for a program that has exactly one thread: the main thread's identity,
and locks, events, conditions and semaphores that behave as they do when only one
thread uses them. Starting a thread raises RuntimeError("can't start new thread"), as
CPython does in WebAssembly builds without thread support; use asyncio tasks instead.

A blocking call that could only return if another thread acted (acquiring a held
Lock, waiting on an Event nobody can set, without a timeout) would hang forever in
CPython; here it raises RuntimeError saying so. With a timeout it waits that long
(time.sleep, so the virtual clock advances) and reports failure."""

import itertools
import time as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Timer",
           "ThreadError", "setprofile", "settrace", "local", "stack_size",
           "gettrace", "getprofile", "get_native_id"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

# The one thread's identifier (get_ident, get_native_id, the main Thread's ident).
_ONLY_THREAD = 1


def get_ident():
    return _ONLY_THREAD


get_native_id = get_ident


def _nobody_else(operation, timeout):
    """The end of a wait for something only another thread could do. Without a
    usable timeout it would be forever, so we refuse; with one, we sleep it out
    (on the virtual clock when that runs) and report that the wait failed."""
    if timeout is None or timeout < 0:
        raise RuntimeError(operation + " would wait forever: this program has only "
                           "one thread")
    _time.sleep(timeout)
    return False


def _state_word(busy):
    return "locked" if busy else "unlocked"


class _Lock:
    """A primitive lock (threading.Lock()): held or free."""

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if timeout != -1 and not blocking:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if self._held:
            if not blocking:
                return False
            return _nobody_else("Lock.acquire()", None if timeout == -1 else timeout)
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % (_state_word(self._held), id(self))


def Lock():
    return _Lock()


allocate_lock = Lock


class _RLock:
    """A reentrant lock. The one thread always owns it once acquired, so acquiring
    never waits: it only deepens the count that releases unwind."""

    def __init__(self):
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        self._depth = self._depth + 1
        return True

    def release(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        self._depth = self._depth - 1

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def _is_owned(self):
        return self._depth != 0

    def __repr__(self):
        owner = _ONLY_THREAD if self._depth else 0
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            _state_word(self._depth), owner, self._depth, id(self))


def RLock(*args, **kwargs):
    return _RLock()


class Condition:
    """A condition variable over a lock (an RLock by default). Nobody else can notify,
    so a wait ends only by its timeout."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def wait(self, timeout=None):
        return _nobody_else("Condition.wait()", timeout)

    def wait_for(self, predicate, timeout=None):
        outcome = predicate()
        if not outcome:
            _nobody_else("Condition.wait_for()", timeout)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """No other thread can be waiting: nothing to wake."""

    def notify_all(self):
        """No other thread can be waiting: nothing to wake."""

    notifyAll = notify_all


class Semaphore:
    """A counter of free permits; acquiring takes one, releasing gives some back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._free = value

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._free:
            self._free = self._free - 1
            return True
        if blocking:
            return _nobody_else("Semaphore.acquire()", timeout)
        return False

    __enter__ = acquire

    def _give_back(self, n):
        if n < 1:
            raise ValueError("n must be one or more")
        self._free = self._free + n

    def release(self, n=1):
        self._give_back(n)

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to hold more permits than it started with."""

    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def release(self, n=1):
        if n >= 1 and self._free + n > self._limit:
            raise ValueError("Semaphore released too many times")
        self._give_back(n)


class Event:
    """A flag; waiting for it to be set can only succeed if it already is."""

    def __init__(self):
        self._raised = False

    def is_set(self):
        return self._raised

    isSet = is_set

    def set(self):
        self._raised = True

    def clear(self):
        self._raised = False

    def wait(self, timeout=None):
        return self._raised or _nobody_else("Event.wait()", timeout)


# Default thread names are numbered over the whole program, from 1.
_thread_numbers = itertools.count(1)


class Thread:
    """A thread object. start() raises RuntimeError: there are no threads here (run()
    may still be called directly, as in CPython)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            label = str(name)
        else:
            label = "Thread-%d" % next(_thread_numbers)
            function_name = getattr(target, "__name__", None)
            if target is not None and function_name is not None:
                label = "%s (%s)" % (label, function_name)
        # run() reads (and then drops) _target, _args and _kwargs, which subclasses
        # written for CPython may use too.
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._label = label
        self._is_daemon = False if daemon is None else daemon
        self._thread_id = None
        self._has_started = False

    def start(self):
        if self._has_started:
            raise RuntimeError("threads can only be started once")
        raise RuntimeError("can't start new thread")

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._has_started:
            raise RuntimeError("cannot join thread before it is started")

    def is_alive(self):
        return False

    @property
    def name(self):
        return self._label

    @name.setter
    def name(self, name):
        self._label = str(name)

    @property
    def ident(self):
        return self._thread_id

    native_id = ident

    @property
    def daemon(self):
        return self._is_daemon

    @daemon.setter
    def daemon(self, daemonic):
        self._is_daemon = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self._label = name

    def __repr__(self):
        words = ["started" if self._has_started else "initial"]
        if self._is_daemon:
            words.append("daemon")
        if self._thread_id is not None:
            words.append(str(self._thread_id))
        return "<%s(%s, %s)>" % (type(self).__name__, self._label, " ".join(words))


class _MainThread(Thread):
    """The program's one thread, started and running from the beginning."""

    def __init__(self):
        super().__init__(name="MainThread", daemon=False)
        self._has_started = True
        self._thread_id = _ONLY_THREAD

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()


_the_main_thread = _MainThread()


def current_thread():
    return _the_main_thread


def main_thread():
    return _the_main_thread


currentThread = current_thread


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_the_main_thread]


class local:
    """Thread-local data: with one thread, an ordinary namespace object."""


# settrace/setprofile only record their function: with no new threads, nothing
# would ever be given it.
_hooks = {"trace": None, "profile": None}


def settrace(func):
    _hooks["trace"] = func


def setprofile(func):
    _hooks["profile"] = func


def gettrace():
    return _hooks["trace"]


def getprofile():
    return _hooks["profile"]


def stack_size(size=0):
    return 0
