"""concurrent.futures in a sandbox without threads or processes: Future (complete, with
callbacks, usable with asyncio.wrap_future), wait(), as_completed(), and executors
whose submit() raises RuntimeError("can't start new thread") as CPython does when it
cannot start threads. Waiting for a future that is not done, without a timeout, raises
RuntimeError instead of hanging (nothing else could complete it)."""

import time as _time

__all__ = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
           "TimeoutError", "InvalidStateError", "BrokenExecutor", "Future", "Executor",
           "wait", "as_completed", "ThreadPoolExecutor", "ProcessPoolExecutor"]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
_FINISHED = "FINISHED"

_STATE_TO_DESCRIPTION_MAP = {
    _PENDING: "pending", _RUNNING: "running", _CANCELLED: "cancelled",
    _CANCELLED_AND_NOTIFIED: "cancelled", _FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor cannot be used any more."""


def _never(what):
    return RuntimeError(what + " would wait forever: no other thread can complete "
                        "the future in this program")


class Future:
    """The result of a computation that may not have finished yet."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger("concurrent.futures").exception(
                    "exception calling callback for %r", self)

    def __repr__(self):
        if self._state == _FINISHED:
            if self._exception:
                return "<%s at %#x state=%s raised %s>" % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._exception.__class__.__name__)
            return "<%s at %#x state=%s returned %s>" % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                self._result.__class__.__name__)
        return "<%s at %#x state=%s>" % (self.__class__.__name__, id(self),
                                         _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            return True
        self._state = _CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def __get_result(self):
        if self._exception:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger("concurrent.futures").exception(
                "exception calling callback for %r", self)

    def _wait(self, timeout):
        if self.done():
            return
        if timeout is None:
            raise _never("Future.result()")
        _time.sleep(timeout)
        raise TimeoutError()

    def result(self, timeout=None):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == _FINISHED:
            return self.__get_result()
        self._wait(timeout)

    def exception(self, timeout=None):
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == _FINISHED:
            return self._exception
        self._wait(timeout)

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
            raise InvalidStateError("{}: {!r}".format(self._state, self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED}:
            raise InvalidStateError("{}: {!r}".format(self._state, self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()

    __class_getitem__ = classmethod(lambda cls, item: cls)


class DoneAndNotDoneFutures(tuple):
    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % self


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Splits fs into (done, not_done). Only futures already done can be done here."""
    fs = set(fs)
    done = {f for f in fs if f.done()}
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and any(
            not f.cancelled() and f.exception() is not None for f in done):
        return DoneAndNotDoneFutures(done, not_done)
    if not_done:
        if timeout is None:
            raise _never("concurrent.futures.wait()")
        _time.sleep(timeout)
    return DoneAndNotDoneFutures(done, not_done)


def as_completed(fs, timeout=None):
    """Yields the futures of fs that are done; the rest would never finish."""
    fs = list(dict.fromkeys(fs))
    pending = [f for f in fs if not f.done()]
    for f in fs:
        if f.done():
            yield f
    if pending:
        if timeout is None:
            raise _never("concurrent.futures.as_completed()")
        _time.sleep(timeout)
        raise TimeoutError("%d (of %d) futures unfinished" % (len(pending), len(fs)))


class Executor:
    """Base class: submit() schedules a call; map() and shutdown() build on it."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            for f in fs:
                yield f.result(timeout)
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    """Cannot run anything here: submit() raises RuntimeError("can't start new thread")."""

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None,
                 initargs=()):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers or 5
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        raise RuntimeError("can't start new thread")

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class ProcessPoolExecutor(Executor):
    """Cannot run anything here: submit() raises RuntimeError."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        raise RuntimeError("can't start new process")

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
