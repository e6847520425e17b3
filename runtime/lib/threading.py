"""threading: threads that run as cooperative fibers (docs/interpreter.md, "Threads").

One thread runs at a time and keeps running until it blocks: time.sleep, a lock, an
event, a condition, a queue, join. Then the thread that has waited longest among the
ready ones runs; when none is ready, the clock moves to the earliest wake-up. The
primitives come from _thread (runtime/py/mod__thread.c): start_new_thread, block and
wake. Everything else is built here the way CPython's threading module builds it, on
one kind of lock, so that threads wake in the same order as under scripts/oracle.py,
which runs CPython's own threading module on the same rule."""

import _thread
import functools
import itertools
import sys as _sys
import time as _time_module
from collections import deque as _deque

__all__ = ["get_ident", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
           "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local",
           "stack_size", "excepthook", "gettrace", "getprofile", "get_native_id"]

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_block = _thread.block
_wake = _thread.wake


def _time():
    return _time_module.monotonic()


# --- the lock everything else is made of ---------------------------------------------

class _Lock:
    """A primitive lock: held or free. Threads that find it held queue up; releasing
    it wakes the first of them, which takes it if it is still free when it runs."""

    __slots__ = ("_held", "_waiting")

    def __init__(self):
        self._held = False
        self._waiting = _deque()

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._held:
            self._held = True
            return True
        if not blocking:
            return False
        me = get_ident()
        deadline = None if timeout == -1 else _time() + timeout
        self._waiting.append(me)
        try:
            while self._held:
                if deadline is None:
                    _block()
                    continue
                remaining = deadline - _time()
                if remaining <= 0:
                    return False
                _block(remaining)
        finally:
            self._waiting.remove(me)
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False
        if self._waiting:
            _wake(self._waiting[0])

    def locked(self):
        return self._held

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % (
            "locked" if self._held else "unlocked", id(self))


def Lock():
    return _Lock()


_allocate_lock = allocate_lock = Lock
LockType = _Lock


class _RLock:
    """A lock its owner may take again; it is free once released as often."""

    def __init__(self):
        self._block = _Lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        # As CPython's C RLock shows itself (owner 0: nobody).
        return "<%s _thread.RLock object owner=%d count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self._owner or 0, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, *exc_info):
        self.release()

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _is_owned(self):
        return self._owner == get_ident()


def RLock(*args, **kwargs):
    return _RLock(*args, **kwargs)


# --- conditions, semaphores, events ----------------------------------------------------

class Condition:
    """A condition variable: each waiter sleeps on a lock of its own, which notify()
    releases, in the order the waits began."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        notified = False
        try:
            if timeout is None:
                waiter.acquire()
                notified = True
            elif timeout > 0:
                notified = waiter.acquire(True, timeout)
            else:
                notified = waiter.acquire(False)
            return notified
        finally:
            self._acquire_restore(state)
            if not notified:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        wait_time = timeout
        outcome = predicate()
        while not outcome:
            if wait_time is not None:
                if end is None:
                    end = _time() + wait_time
                else:
                    wait_time = end - _time()
                    if wait_time <= 0:
                        break
            self.wait(wait_time)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter of permits: acquire() takes one (waiting while there is none),
    release() gives some back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (self.__class__.__module__,
                                             self.__class__.__qualname__, id(self),
                                             self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        got = False
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                got = True
        return got

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to hold more permits than it started with."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__, id(self),
            self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    """A flag threads can wait to see set."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %#x: %s>" % (self.__class__.__module__,
                                       self.__class__.__qualname__, id(self),
                                       "set" if self._flag else "unset")

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets `parties` threads wait for each other; the last to arrive releases all."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


# --- threads ---------------------------------------------------------------------------

# Default names are numbered over the whole program from 1 ("Thread-1 (worker)").
_counter = itertools.count(1).__next__


def _newname(name_template="Thread-%d"):
    return name_template % _counter()


_active_limbo_lock = RLock()
_active = {}    # ident -> Thread, for running threads
_limbo = {}     # Thread -> Thread, started but not yet running
_shutdown_locks = []  # the end-of-thread locks of threads that are not daemons
_trace_hook = None
_profile_hook = None


class Thread:
    """A thread of control: start() makes it ready; it runs when the thread that
    started it blocks (start() itself waits until the new thread has begun)."""

    _initialized = False

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
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError("daemon threads are disabled in this (sub)interpreter")
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._tstate_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # updates _is_stopped
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        end_lock = _Lock()
        try:
            self._set_ident()
            self._tstate_lock = end_lock
            end_lock.acquire()
            if not self.daemon:
                with _active_limbo_lock:
                    _shutdown_locks.append(end_lock)
            self._started.set()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            try:
                self.run()
            except:
                _invoke_excepthook(self)
        finally:
            self._delete()
            # The end of the thread, as CPython's thread state lock is released when
            # the thread's state is deleted: join() waits for this.
            if end_lock.locked():
                end_lock.release()

    def _set_ident(self):
        self._ident = self._native_id = get_ident()

    def _stop(self):
        lock = self._tstate_lock
        if lock is not None:
            assert not lock.locked()
        self._is_stopped = True
        self._tstate_lock = None
        if not self.daemon:
            with _active_limbo_lock:
                if lock in _shutdown_locks:
                    _shutdown_locks.remove(lock)

    def _delete(self):
        with _active_limbo_lock:
            _active.pop(get_ident(), None)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._wait_for_tstate_lock()
        else:
            self._wait_for_tstate_lock(timeout=max(timeout, 0))

    def _wait_for_tstate_lock(self, block=True, timeout=-1):
        lock = self._tstate_lock
        if lock is None:
            return
        try:
            if lock.acquire(block, timeout):
                lock.release()
                self._stop()
        except:
            if lock.locked():
                lock.release()
                self._stop()
            raise

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_for_tstate_lock(False)
        return not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


def _daemon_threads_allowed():
    return True


# --- what happens to an exception a thread does not catch ------------------------------

class ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread), with those names."""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Prints "Exception in thread NAME:" and the traceback to stderr; SystemExit
    is silent."""
    if args.exc_type == SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                              file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        hook = excepthook
        hook(ExceptHookArgs([exc_type, exc_value, exc_tb, thread]))
    except Exception as failure:
        failure.__suppress_context__ = True
        _sys.excepthook(*_sys.exc_info())
    finally:
        exc_type = exc_value = exc_tb = None


# --- the main thread, and looking threads up -------------------------------------------

class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._set_ident()
        self._tstate_lock = _Lock()
        self._tstate_lock.acquire()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started.set()
        self._set_ident()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


class Timer(Thread):
    """Calls a function after `interval` seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    return current_thread()


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    return active_count()


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_main_thread = _MainThread()


def main_thread():
    return _main_thread


# Callbacks run when the main module ends, before waiting for the threads (the
# executors of concurrent.futures register here).
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(functools.partial(func, *arg, **kwargs))


def _shutdown():
    """Called by the interpreter when the main module has ended: runs the registered
    callbacks, then waits for every thread that is not a daemon."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    lock = _main_thread._tstate_lock
    lock.release()
    _main_thread._stop()
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    while True:
        with _active_limbo_lock:
            locks = list(_shutdown_locks)
            _shutdown_locks.clear()
        if not locks:
            break
        for lock in locks:
            lock.acquire()
            lock.release()


# --- thread-local data -------------------------------------------------------------------

class local:
    """Attributes that each thread sees separately (a subclass's __init__ runs again,
    with the same arguments, the first time another thread uses the object)."""

    __slots__ = ("_local__dicts", "_local__args", "__weakref__")

    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__dicts", {get_ident(): {}})
        object.__setattr__(self, "_local__args", (args, kw))
        return self

    def __getattribute__(self, name):
        if name in ("_local__dicts", "_local__args", "__class__"):
            return object.__getattribute__(self, name)
        d = _local_dict(self)
        if name == "__dict__":
            return d
        if name in d:
            return d[name]
        value = object.__getattribute__(self, name)
        return value

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only"
                                 % self.__class__.__name__)
        _local_dict(self)[name] = value

    def __delattr__(self, name):
        d = _local_dict(self)
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _local_dict(obj):
    dicts = object.__getattribute__(obj, "_local__dicts")
    me = get_ident()
    d = dicts.get(me)
    if d is None:
        d = dicts[me] = {}
        args, kw = object.__getattribute__(obj, "_local__args")
        init = type(obj).__init__
        if init is not object.__init__:
            init(obj, *args, **kw)
    return d


# settrace/setprofile record a function for threads started later.
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
