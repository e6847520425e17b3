"""concurrent.futures for Taskscope: Future, wait(), as_completed(), Executor and a
ThreadPoolExecutor whose workers are our cooperative threads (docs/interpreter.md,
"Threads"). ProcessPoolExecutor exists for imports only: starting a process is
refused, as CPython reports a system that cannot fork.

Threads here switch only where one blocks, so the order in which threads wake decides
what a program prints. Every wait below therefore blocks at the same points as
CPython's module does, on the same kinds of primitive: a future's waiters sleep on a
Condition, wait() and as_completed() sleep on an Event that completing futures set,
the pool's workers sleep on a SimpleQueue of jobs and report idleness through a
Semaphore. Locks that are never held across a blocking call cannot be contended
without preemption, so this module takes none where CPython only guards data."""

import collections
import itertools
import queue
import threading
import time
import types
import weakref

__all__ = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
           "TimeoutError", "BrokenExecutor", "Future", "Executor", "wait",
           "as_completed", "ProcessPoolExecutor", "ThreadPoolExecutor"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


# --- exceptions -----------------------------------------------------------------------

class Error(Exception):
    """Root of the errors this package defines."""


class CancelledError(Error):
    """Raised when asking for the outcome of a cancelled future."""


# Since Python 3.11 the package's TimeoutError is the builtin one.
TimeoutError = TimeoutError


class InvalidStateError(Error):
    """Raised when a future is completed a second time."""


class BrokenExecutor(RuntimeError):
    """Raised by an executor that can no longer run anything."""


class BrokenThreadPool(BrokenExecutor):
    """Raised once a worker thread's initializer has failed."""


def _log():
    # logging is heavy; only a failing callback or initializer needs it.
    import logging
    return logging.getLogger("concurrent.futures")


# --- Future ---------------------------------------------------------------------------
# The five states, spelt as InvalidStateError messages show them. A cancelled future
# becomes "notified" once its executor has seen the cancellation; only then does it
# count as finished for wait() and as_completed().

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"

_REPR_WORD = {_PENDING: "pending", _RUNNING: "running", _CANCELLED: "cancelled",
              _NOTIFIED: "cancelled", _FINISHED: "finished"}
_SETTLED = (_CANCELLED, _NOTIFIED, _FINISHED)   # done() is true
_REPORTED = (_NOTIFIED, _FINISHED)              # what wait() counts as done


class Future:
    """The eventual outcome of a call: pending, then running, then finished with a
    result or an exception; or cancelled before it ran."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self):
        self._state = _PENDING
        self._value = None
        self._error = None
        # Threads blocked in result() or exception() sleep on this condition.
        self._condition = threading.Condition()
        # wait() and as_completed() each attach one _Watch while they wait.
        self._watches = []
        self._callbacks = []

    def __repr__(self):
        head = "<%s at %#x state=%s" % (type(self).__name__, id(self),
                                         _REPR_WORD[self._state])
        if self._state != _FINISHED:
            return head + ">"
        if self._error:
            return head + " raised %s>" % type(self._error).__name__
        return head + " returned %s>" % type(self._value).__name__

    # Queries. Without preemption no other thread can change the state mid-read.
    def cancelled(self):
        """True once the future has been cancelled."""
        return self._state in (_CANCELLED, _NOTIFIED)

    def running(self):
        """True while the call runs."""
        return self._state == _RUNNING

    def done(self):
        """True once the future was cancelled or has finished."""
        return self._state in _SETTLED

    def result(self, timeout=None):
        """The call's return value, waiting up to timeout seconds (None: forever);
        re-raises the call's exception."""
        self._await_settled(timeout)
        if self._error:
            error = self._error
            try:
                raise error
            finally:
                # The traceback would otherwise keep this frame and the future alive.
                del error
        return self._value

    def exception(self, timeout=None):
        """The call's exception or None, waiting as result() does."""
        self._await_settled(timeout)
        return self._error

    def _await_settled(self, timeout):
        # One wait on the condition: completion and cancellation both notify it, so a
        # future still unsettled afterwards has run out of time.
        if self._state not in _SETTLED:
            with self._condition:
                self._condition.wait(timeout)
        if self._state in (_CANCELLED, _NOTIFIED):
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()

    def add_done_callback(self, fn):
        """Calls fn(future) when the future is done, at once if it is already."""
        if self._state in _SETTLED:
            self._call_back(fn)
        else:
            self._callbacks.append(fn)

    def _call_back(self, fn):
        try:
            fn(self)
        except Exception:
            _log().exception("exception calling callback for %r", self)

    def _run_callbacks(self):
        for fn in self._callbacks:
            self._call_back(fn)

    def cancel(self):
        """Cancels a future that has not started; False once it runs or has finished."""
        state = self._state
        if state == _RUNNING or state == _FINISHED:
            return False
        if state == _PENDING:
            self._state = _CANCELLED
            with self._condition:
                self._condition.notify_all()
            self._run_callbacks()
        return True

    # The executor's side.
    def set_running_or_notify_cancel(self):
        """Called by an executor before it runs the call: False (and the cancellation
        is reported to waiters) if the future was cancelled, else True and the future
        runs."""
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        if self._state == _CANCELLED:
            self._state = _NOTIFIED
            for watch in self._watches:
                watch.arrive(self, False)
            return False
        _log().critical("Future %s in unexpected state: %s", id(self), self._state)
        raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        """Completes the future with a return value."""
        self._settle(result, None, False)

    def set_exception(self, exception):
        """Completes the future with an exception."""
        self._settle(None, exception, True)

    def _settle(self, value, error, raised):
        if self._state in _SETTLED:
            raise InvalidStateError("%s: %r" % (self._state, self))
        self._value, self._error = value, error
        self._state = _FINISHED
        # Waiters in wait()/as_completed() wake before those in result(), then the
        # callbacks run: the order threads are woken in is part of the behaviour.
        for watch in self._watches:
            watch.arrive(self, raised)
        with self._condition:
            self._condition.notify_all()
        self._run_callbacks()


# --- waiting for several futures ------------------------------------------------------

DoneAndNotDoneFutures = collections.namedtuple("DoneAndNotDoneFutures", "done not_done")


class _Watch:
    """Attached to every future a wait() or as_completed() call waits for: collects
    the futures as they complete and sets its event when its caller should wake.
    `left` counts the completions still needed (None: wake on every one), and with
    `stop_on_error` a future completed by set_exception() wakes the caller at once."""

    def __init__(self, futures, left=None, stop_on_error=False):
        self.futures = futures
        self.arrived = []
        self.event = threading.Event()
        self.left = left
        self.stop_on_error = stop_on_error
        for future in futures:
            future._watches.append(self)

    def arrive(self, future, raised):
        self.arrived.append(future)
        if self.left is None or (raised and self.stop_on_error):
            self.event.set()
            return
        self.left -= 1
        if self.left == 0:
            self.event.set()

    def detach(self):
        for future in self.futures:
            future._watches.remove(self)


def _failed(future):
    return future._state == _FINISHED and future._error is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures fs satisfy return_when (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) or timeout seconds pass; returns the named pair
    (done, not_done) of sets."""
    futures = set(fs)
    done = {f for f in futures if f._state in _REPORTED}
    if len(done) == len(futures):
        return DoneAndNotDoneFutures(done, futures - done)
    if done and (return_when == FIRST_COMPLETED or
                 (return_when == FIRST_EXCEPTION and any(map(_failed, done)))):
        return DoneAndNotDoneFutures(done, futures - done)
    if return_when == FIRST_COMPLETED:
        watch = _Watch(futures)
    elif return_when in (ALL_COMPLETED, FIRST_EXCEPTION):
        watch = _Watch(futures, left=len(futures) - len(done),
                       stop_on_error=return_when == FIRST_EXCEPTION)
    else:
        raise ValueError("Invalid return condition: %r" % return_when)
    watch.event.wait(timeout)
    watch.detach()
    done.update(watch.arrived)
    return DoneAndNotDoneFutures(done, futures - done)


def as_completed(fs, timeout=None):
    """Iterates over the futures fs as they complete: those already done first, then
    each as it finishes. Raises TimeoutError when timeout seconds (counted from the
    first next()) pass with futures still unfinished."""
    deadline = None if timeout is None else time.monotonic() + timeout
    futures = list(dict.fromkeys(fs))     # each future once, in the order given
    unfinished = set(futures)
    watch = _Watch(futures)
    try:
        ready = [f for f in futures if f._state in _REPORTED]
        while True:
            for future in ready:
                if future in unfinished:
                    unfinished.discard(future)
                    yield future
            if not unfinished:
                return
            remaining = None
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining < 0:
                    raise TimeoutError("%d (of %d) futures unfinished"
                                       % (len(unfinished), len(futures)))
            watch.event.wait(remaining)
            ready, watch.arrived = watch.arrived, []
            watch.event.clear()
    finally:
        watch.detach()


# --- executors ------------------------------------------------------------------------

class Executor:
    """What every executor offers: submit() (which subclasses provide), map() built on
    it, shutdown(), and use as a context manager that shuts down on exit."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), every call submitted at once; the results come
        in order, each waited for until timeout seconds after this call. Threads
        ignore chunksize."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources; this base class has none."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results_in_order(futures, deadline):
    # A generator, so map() submits everything before the first result is asked for.
    # Whatever is not consumed (the iterator closed, a timeout, an error) is cancelled.
    futures.reverse()
    try:
        while futures:
            future = futures.pop()
            try:
                if deadline is None:
                    value = future.result()
                else:
                    value = future.result(deadline - time.monotonic())
            finally:
                future.cancel()
                del future
            yield value
    finally:
        for future in futures:
            future.cancel()


class ProcessPoolExecutor(Executor):
    """Taskscope cannot start processes: submit() raises RuntimeError."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        self._closed = False

    def submit(self, fn, /, *args, **kwargs):
        if self._closed:
            raise RuntimeError("cannot schedule new futures after shutdown")
        raise RuntimeError("can't start new process")

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._closed = True


# --- ThreadPoolExecutor -----------------------------------------------------------------

class _Job:
    """One submitted call and the future it completes."""

    __slots__ = ("future", "fn", "args", "kwargs")

    def __init__(self, future, fn, args, kwargs):
        self.future, self.fn, self.args, self.kwargs = future, fn, args, kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            value = self.fn(*self.args, **self.kwargs)
        except BaseException as error:
            self.future.set_exception(error)
            del error
        else:
            self.future.set_result(value)


# Every worker thread ever started, with its pool's job queue: at the end of the
# program each is told to stop and waited for (threading._shutdown calls _at_exit).
_workers = []
_exiting = False


def _at_exit():
    global _exiting
    _exiting = True
    for _, jobs in _workers:
        jobs.put(None)
    for thread, _ in _workers:
        thread.join()


threading._register_atexit(_at_exit)


def _serve(pool_ref, jobs, initializer, initargs):
    """A worker thread's body. A None from the queue asks the worker to stop when its
    pool is shut down, gone or the program ends; the worker then puts the None back so
    the next worker stops too."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _log().critical("Exception in initializer:", exc_info=True)
            pool = pool_ref()
            if pool is not None:
                pool._break()
            return
    try:
        while True:
            job = jobs.get(block=True)
            if job is not None:
                job.run()
                del job
                pool = pool_ref()
                if pool is not None:
                    pool._idle.release()
                del pool
                continue
            pool = pool_ref()
            if pool is None or pool._shutdown or _exiting:
                if pool is not None:
                    pool._shutdown = True
                jobs.put(None)
                return
            del pool
    except BaseException:
        _log().critical("Exception in worker", exc_info=True)


class ThreadPoolExecutor(Executor):
    """Runs submitted calls in up to max_workers threads named PREFIX_0, PREFIX_1, ...
    A thread is started by a submit() that finds no idle worker, until there are
    max_workers of them."""

    _numbering = itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None,
                 initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        # _max_workers, _threads, _work_queue and _shutdown keep CPython's names:
        # tutorials print them to show a pool at work.
        self._max_workers = max_workers
        if not thread_name_prefix:
            thread_name_prefix = "ThreadPoolExecutor-%d" % next(self._numbering)
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._work_queue = queue.SimpleQueue()
        # Released by a worker each time it finishes a job and goes back for another.
        self._idle = threading.Semaphore(0)
        self._threads = []
        self._broken = False      # or the message BrokenThreadPool carries
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        if _exiting:
            raise RuntimeError("cannot schedule new futures after interpreter shutdown")
        future = Future()
        self._work_queue.put(_Job(future, fn, args, kwargs))
        # An idle worker will take the job; if none is idle, add a worker while the
        # pool has room (the new thread runs at once and takes the job itself).
        if not self._idle.acquire(timeout=0) and len(self._threads) < self._max_workers:
            self._start_worker()
        return future

    def _start_worker(self):
        jobs = self._work_queue

        def pool_collected(_, jobs=jobs):
            # The pool was dropped without shutdown: wake a worker so the workers end.
            jobs.put(None)

        name = "%s_%d" % (self._thread_name_prefix, len(self._threads))
        thread = threading.Thread(name=name, target=_serve,
                                  args=(weakref.ref(self, pool_collected), jobs,
                                        self._initializer, self._initargs))
        thread.start()
        self._threads.append(thread)
        # Forget the workers that have ended, so that making many pools keeps no
        # more than their live threads here.
        _workers[:] = [entry for entry in _workers if entry[0].is_alive()]
        _workers.append((thread, jobs))

    def _queued_jobs(self):
        # Takes every job still queued, in submission order.
        while True:
            try:
                job = self._work_queue.get_nowait()
            except queue.Empty:
                return
            if job is not None:
                yield job

    def _break(self):
        self._broken = ("A thread initializer failed, the thread pool "
                        "is not usable anymore")
        for job in self._queued_jobs():
            job.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for job in self._queued_jobs():
                job.future.cancel()
        self._work_queue.put(None)
        if wait:
            for thread in self._threads:
                thread.join()
