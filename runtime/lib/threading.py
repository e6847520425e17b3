"""threading for Taskscope: threads are cooperative fibers (docs/interpreter.md, "Threads").

Exactly one thread runs; it keeps the processor until it blocks (time.sleep, waiting on
a lock, event, condition, semaphore, barrier, queue or join). The scheduler then resumes
the thread that became ready first, or, with nobody ready, moves the clock to the
earliest time-out. _thread (runtime/py/mod__thread.c) gives us three primitives:
start_new_thread, block (sleep until woken or timed out) and wake (make a blocked thread
ready). This module builds everything on them.

Because nothing is preempted, a section of code that does not block needs no guard: the
bookkeeping of running threads is plain dictionaries. What must be right is the order
in which threads wake: the expected outputs come from CPython's threading run under the
same one-runs-at-a-time rule by scripts/oracle.py, over a lock that behaves like
_PlainLock below. So each object here wakes the same threads, in the same order, at the
same moments as CPython's would."""

import _thread
import sys as _sys
import time as _time_module

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


def _now():
    return _time_module.monotonic()


def _block_until(limit):
    """Blocks the calling thread until another wakes it (True) or until `limit` on the
    monotonic clock (None: no limit). False, without blocking, once `limit` has passed."""
    if limit is None:
        _block()
        return True
    left = limit - _now()
    if left <= 0:
        return False
    _block(left)
    return True


def _wait_times(timeout):
    """The time-outs a retrying wait loop hands to each successive wait: `timeout`
    itself first, then whatever is left of it, stopping when nothing is left. With no
    timeout (None) the loop may wait forever. The end point is fixed lazily, when the
    first wait is about to happen."""
    if timeout is None:
        while True:
            yield None
    end = _now() + timeout
    yield timeout
    while True:
        left = end - _now()
        if left <= 0:
            return
        yield left


# --- locks ---------------------------------------------------------------------------

class _PlainLock:
    """The one kind of lock: taken or free. A thread that finds it taken joins a line;
    a release wakes whoever is first in line, who takes the lock if it is still free
    by the time it runs and otherwise keeps its place and sleeps again."""

    __slots__ = ("_taken", "_line")

    def __init__(self):
        self._taken = False
        self._line = []

    def acquire(self, blocking=True, timeout=-1):
        if timeout != -1:
            if not blocking:
                raise ValueError("can't specify a timeout for a non-blocking call")
            if timeout < 0:
                raise ValueError("timeout value must be positive")
        if self._taken and not (blocking and self._queue_until_free(timeout)):
            return False
        self._taken = True
        return True

    def _queue_until_free(self, timeout):
        """Stands in line until the lock is free (True) or the timeout is over (False)."""
        limit = None if timeout == -1 else _now() + timeout
        me = get_ident()
        self._line.append(me)
        try:
            while self._taken:
                if not _block_until(limit):
                    return False
            return True
        finally:
            self._line.remove(me)

    def release(self):
        if not self._taken:
            raise RuntimeError("release unlocked lock")
        self._taken = False
        if self._line:
            _wake(self._line[0])

    def locked(self):
        return self._taken

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def _at_fork_reinit(self):
        self._taken = False

    def __repr__(self):
        state = "locked" if self._taken else "unlocked"
        return f"<{state} _thread.lock object at {id(self):#x}>"


def Lock():
    """A new primitive lock."""
    return _PlainLock()


_allocate_lock = allocate_lock = Lock
LockType = _PlainLock


class _ReentrantLock:
    """A lock that its holder may take again and again; it becomes free when it has been
    released as many times as it was taken. Built on a _PlainLock that is held for as
    long as anybody holds this one."""

    def __init__(self):
        self._inner = _PlainLock()
        self._holder = None
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._holder != me:
            if not self._inner.acquire(blocking, timeout):
                return False
            self._holder = me
        self._depth += 1
        return True

    __enter__ = acquire

    def release(self):
        if self._holder != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._holder = None
            self._inner.release()

    def __exit__(self, *exc_info):
        self.release()

    # Condition.wait lets go of every level at once and takes them all back after.
    def _release_save(self):
        if not self._depth:
            raise RuntimeError("cannot release un-acquired lock")
        saved = self._depth, self._holder
        self._holder, self._depth = None, 0
        self._inner.release()
        return saved

    def _acquire_restore(self, saved):
        self._inner.acquire()
        self._depth, self._holder = saved

    def _is_owned(self):
        return self._holder == get_ident()

    def __repr__(self):
        # The way CPython's C RLock shows itself: owner 0 stands for nobody.
        state = "locked" if self._inner.locked() else "unlocked"
        return (f"<{state} _thread.RLock object owner={self._holder or 0} "
                f"count={self._depth} at {id(self):#x}>")


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _ReentrantLock(*args, **kwargs)


# --- condition variables ---------------------------------------------------------------

class _Signal:
    """A one-time signal that one thread waits for. Condition.wait makes one per wait;
    notify gives it."""

    __slots__ = ("given", "_sleeper")

    def __init__(self):
        self.given = False
        self._sleeper = None

    def give(self):
        self.given = True
        if self._sleeper is not None:
            _wake(self._sleeper)

    def await_until(self, limit):
        """True once given; False if `limit` (monotonic time, None: none) comes first."""
        self._sleeper = get_ident()
        try:
            while not self.given:
                if not _block_until(limit):
                    return False
            return True
        finally:
            self._sleeper = None


class Condition:
    """A lock together with a line of threads waiting to be told that something changed.
    Each wait gets a _Signal of its own; notify(n) gives the signals of the n threads
    that have waited longest."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        # A reentrant lock knows how to step aside completely during a wait; any other
        # lock is released and taken once.
        self._release_save = getattr(self._lock, "_release_save", self._let_go)
        self._acquire_restore = getattr(self._lock, "_acquire_restore", self._take_back)
        self._is_owned = getattr(self._lock, "_is_owned", self._probe_owned)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _let_go(self):
        self._lock.release()

    def _take_back(self, _saved):
        self._lock.acquire()

    def _probe_owned(self):
        # A plain lock does not know its holder: if we can take it, nobody held it.
        if not self._lock.acquire(False):
            return True
        self._lock.release()
        return False

    def _at_fork_reinit(self):
        self._waiters.clear()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        signal = _Signal()
        self._waiters.append(signal)
        saved = self._release_save()
        try:
            if timeout is None:
                return signal.await_until(None)
            return signal.await_until(_now() + timeout)
        finally:
            self._acquire_restore(saved)
            if not signal.given:
                self._waiters.remove(signal)

    def wait_for(self, predicate, timeout=None):
        outcome = predicate()
        if not outcome:
            for wait_time in _wait_times(timeout):
                self.wait(wait_time)
                outcome = predicate()
                if outcome:
                    break
        return outcome

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        count = min(n, len(self._waiters))
        chosen = self._waiters[:count]
        del self._waiters[:count]
        for signal in chosen:
            signal.give()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


# --- semaphores and events -----------------------------------------------------------

def _describe(obj, detail):
    kind = type(obj)
    return f"<{kind.__module__}.{kind.__qualname__} at {id(obj):#x}: {detail}>"


class Semaphore:
    """A stock of permits. acquire() takes one, waiting while the stock is empty;
    release(n) puts n back and lets up to n waiting threads try again."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return _describe(self, f"value={self._value}")

    def acquire(self, blocking=True, timeout=None):
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if blocking and not self._value:
                for wait_time in _wait_times(timeout):
                    self._cond.wait(wait_time)
                    if self._value:
                        break
            if not self._value:
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._give_back(n)

    def _give_back(self, n):
        self._value += n
        self._cond.notify(n)

    def __exit__(self, *exc_info):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may never hold more permits than it was created with."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return _describe(self, f"value={self._value}/{self._initial_value}")

    def _give_back(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        super()._give_back(n)


class Event:
    """A flag; threads can wait for it to be set."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return _describe(self, "set" if self._flag else "unset")

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            return self._flag or self._cond.wait(timeout)


# --- barriers ------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


# The phases of a Barrier's cycle.
_FILLING = "filling"      # threads arrive and wait for the rest
_DRAINING = "draining"    # the last one came: the waiting threads leave
_RESETTING = "resetting"  # reset() while threads wait: they leave broken
_BROKEN = "broken"        # until reset(), every wait fails


class Barrier:
    """A meeting point for `parties` threads: each wait() blocks until the last one
    arrives, which runs the action (if any) and lets everybody go. A time-out, an abort()
    or a failing action breaks the barrier."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._inside = 0  # threads inside wait(): still waiting or on their way out

    def __repr__(self):
        if self.broken:
            return _describe(self, "broken")
        return _describe(self, f"waiters={self.n_waiting}/{self._parties}")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A new cycle starts only once the previous one has emptied the barrier.
            while self._phase in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            arrival = self._inside
            self._inside += 1
            try:
                if self._inside == self._parties:
                    self._open()
                else:
                    self._await_opening(timeout)
                return arrival
            finally:
                self._inside -= 1
                if not self._inside and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _open(self):
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _await_opening(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase != _DRAINING:
            raise BrokenBarrierError

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if not self._inside:
                self._phase = _FILLING
            elif self._phase in (_FILLING, _BROKEN):
                self._phase = _RESETTING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == _FILLING else 0

    @property
    def broken(self):
        return self._phase == _BROKEN


# --- threads -------------------------------------------------------------------------

_running = {}    # ident -> Thread: the threads that have begun and not yet ended
_starting = []   # threads whose start() was called but that have not begun yet
_ends_to_await = []  # end locks of the running threads that are not daemons
_thread_serial = 0
_trace_hook = None
_profile_hook = None


def _next_number():
    global _thread_serial
    _thread_serial += 1
    return _thread_serial


def _default_name(target):
    """ "Thread-N", followed by " (function)" when the target has a name."""
    name = "Thread-%d" % _next_number()
    if target is None:
        return name
    try:
        return f"{name} ({target.__name__})"
    except AttributeError:
        return name


class Thread:
    """A thread of control. start() makes it ready and waits until it has begun, which
    happens as soon as the starting thread blocks there. The thread holds an end lock
    from then until it ends; join() and is_alive() look at that lock."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._name = str(name) if name else _default_name(target)
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = self._native_id = None
        self._started = Event()
        self._end_lock = None
        self._finished = False
        self._stderr = _sys.stderr
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        self.is_alive()  # notices an end that nobody has looked at yet
        if self._finished:
            words = ["stopped"]
        else:
            words = ["started" if self._started.is_set() else "initial"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return f"<{type(self).__name__}({self._name}, {' '.join(words)})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        _starting.append(self)
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            _starting.remove(self)
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Let go of the target and its arguments as soon as they are done with.
            self._target = self._args = self._kwargs = None

    def _bootstrap(self):
        end_lock = _PlainLock()
        end_lock.acquire()
        try:
            self._ident = self._native_id = get_ident()
            self._end_lock = end_lock
            if not self._daemonic:
                _ends_to_await.append(end_lock)
            self._started.set()
            _running[self._ident] = self
            _starting.remove(self)
            try:
                self.run()
            except BaseException:
                _report_uncaught(self)
        finally:
            _running.pop(get_ident(), None)
            # Joiners wait for this release, as CPython's wait for the thread state's
            # lock that the interpreter releases when the thread is gone.
            end_lock.release()

    def _wait_for_end(self, blocking, timeout=-1):
        end_lock = self._end_lock
        if end_lock is not None and end_lock.acquire(blocking, timeout):
            end_lock.release()
            self._mark_finished()

    def _mark_finished(self):
        if not self._daemonic and self._end_lock in _ends_to_await:
            _ends_to_await.remove(self._end_lock)
        self._end_lock = None
        self._finished = True

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        self._wait_for_end(True, -1 if timeout is None else max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._finished or not self._started.is_set():
            return False
        self._wait_for_end(False)
        return not self._finished

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

    # The pre-property spellings, still part of the API.
    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval` seconds, unless
    cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        # A cancel() may arrive after the interval ran out but before this thread ran
        # again: look at the flag itself, not at what wait() answered.
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the program began in; its end lock is let go by _shutdown()."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = self._native_id = get_ident()
        self._started.set()
        self._end_lock = _PlainLock()
        self._end_lock.acquire()
        _running[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread this module did not start, when it asks who it is."""

    def __init__(self):
        Thread.__init__(self, name="Dummy-%d" % _next_number(), daemon=True)
        self._ident = self._native_id = get_ident()
        self._started.set()
        _running[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


# --- uncaught exceptions -------------------------------------------------------------

class ExceptHookArgs(tuple):
    """What excepthook receives: (exc_type, exc_value, exc_traceback, thread)."""

    def __new__(cls, fields):
        return tuple.__new__(cls, fields)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Reports an exception a thread did not catch: "Exception in thread NAME:" and the
    traceback, on stderr. A SystemExit ends the thread silently."""
    if args.exc_type == SystemExit:
        return
    stream = _sys.stderr
    if stream is None and args.thread is not None:
        stream = args.thread._stderr
    if stream is None:
        return
    who = get_ident() if args.thread is None else args.thread.name
    print(f"Exception in thread {who}:", file=stream, flush=True)
    from traceback import print_exception
    print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stream)
    stream.flush()


__excepthook__ = excepthook


def _report_uncaught(thread):
    """Hands the exception being handled to threading.excepthook as it is now; if the
    hook itself fails, sys.excepthook reports that failure."""
    info = _sys.exc_info()
    try:
        excepthook(ExceptHookArgs((*info, thread)))
    except Exception as failure:
        failure.__suppress_context__ = True
        _sys.excepthook(type(failure), failure, failure.__traceback__)
    finally:
        info = None


# --- finding threads -----------------------------------------------------------------

def current_thread():
    thread = _running.get(get_ident())
    return _DummyThread() if thread is None else thread


def currentThread():
    return current_thread()


def active_count():
    return len(_running) + len(_starting)


def activeCount():
    return active_count()


def enumerate():
    return [*_running.values(), *_starting]


_enumerate = enumerate
_main_thread = _MainThread()


def main_thread():
    return _main_thread


# --- the end of the program ----------------------------------------------------------

# Functions to call when the main module has finished, before the wait for the other
# threads (concurrent.futures shuts its executors down from here).
_exit_calls = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_calls.append((func, arg, kwargs))


def _shutdown():
    """Run by the interpreter once the main module has ended: ends the main thread,
    makes the registered calls (last registered first), then waits until every thread
    that is not a daemon has ended, including any that those threads start."""
    global _SHUTTING_DOWN
    if _main_thread._finished:
        return
    _main_thread._end_lock.release()
    _main_thread._mark_finished()
    _SHUTTING_DOWN = True
    while _exit_calls:
        func, arg, kwargs = _exit_calls.pop()
        func(*arg, **kwargs)
    while _ends_to_await:
        pending = _ends_to_await[:]
        _ends_to_await.clear()
        for end_lock in pending:
            end_lock.acquire()
            end_lock.release()


# --- data of each thread -------------------------------------------------------------

def _missing(obj, name):
    # Worded as CPython's C type words it, which calls itself _thread._local.
    kind = "_thread._local" if type(obj) is local else type(obj).__name__
    return AttributeError(f"'{kind}' object has no attribute '{name}'")


class local:
    """An object whose attributes each thread sees separately. A subclass's __init__
    runs again, with the original arguments, in each thread that first touches it."""

    __slots__ = ("_local__per_thread", "_local__init_args", "__weakref__")

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__per_thread", {get_ident(): {}})
        object.__setattr__(self, "_local__init_args", (args, kwargs))
        return self

    def __getattribute__(self, name):
        if name in _LOCAL_OWN:
            return object.__getattribute__(self, name)
        values = _values_here(self)
        if name == "__dict__":
            return values
        if name in values:
            return values[name]
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            if type(self) is local:
                raise _missing(self, name) from None
            raise

    def __setattr__(self, name, value):
        if name == "__dict__":
            kind = "_thread._local" if type(self) is local else type(self).__name__
            raise AttributeError(f"'{kind}' object attribute '__dict__' is read-only")
        _values_here(self)[name] = value

    def __delattr__(self, name):
        values = _values_here(self)
        if name not in values:
            raise _missing(self, name)
        del values[name]


_LOCAL_OWN = frozenset(("_local__per_thread", "_local__init_args", "__class__"))


def _values_here(obj):
    """The attributes `obj` has in the calling thread, made (and the subclass's
    __init__ run) on a thread's first use."""
    per_thread = object.__getattribute__(obj, "_local__per_thread")
    me = get_ident()
    if me in per_thread:
        return per_thread[me]
    values = per_thread[me] = {}
    init = type(obj).__init__
    if init is not object.__init__:
        args, kwargs = object.__getattribute__(obj, "_local__init_args")
        init(obj, *args, **kwargs)
    return values


# --- tracing hooks and stack size (recorded; threads here are not traced) ------------

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
