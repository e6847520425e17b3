"""threading for a program that has exactly one thread: the main thread's identity,
and locks, events, conditions and semaphores that behave as they do when only one
thread uses them. Starting a thread raises RuntimeError("can't start new thread"), as
CPython does in WebAssembly builds without thread support; use asyncio tasks instead.

A blocking call that could only return if another thread acted (acquiring a held
Lock, waiting on an Event nobody can set, without a timeout) would hang forever in
CPython; here it raises RuntimeError saying so. With a timeout it waits that long
(time.sleep, so the virtual clock advances) and reports failure."""

import time as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Timer",
           "ThreadError", "setprofile", "settrace", "local", "stack_size",
           "gettrace", "getprofile", "get_native_id"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
_MAIN_IDENT = 1


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _MAIN_IDENT


def _never(what):
    return RuntimeError(what + " would wait forever: this program has only one thread")


def _wait(timeout, what):
    """Waits for something no other thread can do: raise, or sleep out the timeout."""
    if timeout is None or timeout < 0:
        raise _never(what)
    _time.sleep(timeout)
    return False


class _Lock:
    """A primitive lock (threading.Lock())."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        return _wait(timeout if timeout != -1 else None, "Lock.acquire()")

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    __enter__ = acquire

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return "<%s %s object at %s>" % ("locked" if self._locked else "unlocked",
                                         "_thread.lock", hex(id(self)))


def Lock():
    return _Lock()


allocate_lock = Lock


class _RLock:
    """A reentrant lock: the one thread may acquire it again."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def __repr__(self):
        return "<%s %s object owner=%d count=%d at %s>" % (
            "locked" if self._count else "unlocked", "_thread.RLock",
            _MAIN_IDENT if self._count else 0, self._count, hex(id(self)))


def RLock(*args, **kwargs):
    return _RLock()


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        return _wait(timeout, "Condition.wait()")

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        _wait(timeout, "Condition.wait_for()")
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        return _wait(timeout, "Semaphore.acquire()")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        return _wait(timeout, "Event.wait()")


_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


class Thread:
    """A thread object. start() raises RuntimeError: there are no threads here (run()
    may still be called directly, as in CPython)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else False
        self._ident = None
        self._started = False

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        raise RuntimeError("can't start new thread")

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")

    name = property(lambda self: self._name,
                    lambda self, name: setattr(self, "_name", str(name)))
    ident = property(lambda self: self._ident)
    native_id = property(lambda self: self._ident)

    def is_alive(self):
        return False

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self._daemonic = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()


_main_thread = _MainThread()


def current_thread():
    return _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main_thread]


class local:
    """Thread-local data: with one thread, an ordinary namespace object."""


_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


def stack_size(size=0):
    return 0
