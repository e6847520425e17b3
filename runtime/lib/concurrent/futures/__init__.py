"""concurrent.futures in a sandbox without threads or processes: Future (complete, with
callbacks, usable with asyncio.wrap_future), wait(), as_completed(), and executors
whose submit() raises RuntimeError("can't start new thread") as CPython does when it
cannot start threads. Waiting for a future that is not done, without a timeout, raises
RuntimeError instead of hanging (nothing else could complete it)."""

import time

__all__ = ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError",
           "TimeoutError", "InvalidStateError", "BrokenExecutor", "Future", "Executor",
           "wait", "as_completed", "ThreadPoolExecutor", "ProcessPoolExecutor"]

# wait()'s return_when values are their own names.
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = (
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED")

# A future's state, as InvalidStateError messages spell it, and the word its repr uses.
_STATE_WORDS = {"PENDING": "pending", "RUNNING": "running", "CANCELLED": "cancelled",
                "CANCELLED_AND_NOTIFIED": "cancelled", "FINISHED": "finished"}
_CANCELLED_STATES = frozenset({"CANCELLED", "CANCELLED_AND_NOTIFIED"})
_DONE_STATES = _CANCELLED_STATES | {"FINISHED"}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor cannot be used any more."""


def _logger():
    import logging
    return logging.getLogger("concurrent.futures")


def _forever(operation):
    """The error for a wait no thread could ever end."""
    return RuntimeError(f"{operation} would wait forever: no other thread can "
                        "complete the future in this program")


class Future:
    """The result of a computation that may not have finished yet."""

    def __init__(self):
        self._state = "PENDING"
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def __repr__(self):
        text = f"<{type(self).__name__} at {id(self):#x} state={_STATE_WORDS[self._state]}"
        if self._state == "FINISHED":
            if self._exception:
                text += f" raised {type(self._exception).__name__}"
            else:
                text += f" returned {type(self._result).__name__}"
        return text + ">"

    __class_getitem__ = classmethod(lambda cls, item: cls)

    # -- asking ---------------------------------------------------------------------

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == "RUNNING"

    def done(self):
        return self._state in _DONE_STATES

    def result(self, timeout=None):
        self._settle(timeout)
        if self._exception:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._settle(timeout)
        return self._exception

    def _settle(self, timeout):
        """Returns once the future has an outcome; raises CancelledError when it was
        cancelled and, as no thread can finish it, gives up on a pending one."""
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state == "FINISHED":
            return
        if timeout is None:
            raise _forever("Future.result()")
        time.sleep(timeout)
        raise TimeoutError()

    # -- callbacks ------------------------------------------------------------------

    def _call(self, callback):
        # A failing callback is logged, never propagated to whoever completed us.
        try:
            callback(self)
        except Exception:
            _logger().exception("exception calling callback for %r", self)

    def add_done_callback(self, fn):
        if self.done():
            self._call(fn)
        else:
            self._done_callbacks.append(fn)

    def _finish(self, state):
        self._state = state
        for callback in self._done_callbacks:
            self._call(callback)

    # -- completing -----------------------------------------------------------------

    def cancel(self):
        if self._state == "PENDING":
            self._finish("CANCELLED")
        return self._state in _CANCELLED_STATES

    def set_running_or_notify_cancel(self):
        if self._state == "PENDING":
            self._state = "RUNNING"
            return True
        if self._state == "CANCELLED":
            self._state = "CANCELLED_AND_NOTIFIED"
            return False
        _logger().critical("Future %s in unexpected state: %s", id(self), self._state)
        raise RuntimeError("Future in unexpected state")

    def _complete(self, result, exception):
        if self.done():
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result, self._exception = result, exception
        self._finish("FINISHED")

    def set_result(self, result):
        self._complete(result, None)

    def set_exception(self, exception):
        self._complete(None, exception)


class DoneAndNotDoneFutures(tuple):
    """wait()'s answer: the pair (done, not_done) with those two names."""

    def __new__(cls, done, not_done):
        return super().__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return f"DoneAndNotDoneFutures(done={self[0]!r}, not_done={self[1]!r})"


def _failed(future):
    return not future.cancelled() and future.exception() is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Splits fs into (done, not_done). Only futures already done can be done here."""
    done, not_done = set(), set()
    for future in set(fs):
        (done if future.done() else not_done).add(future)
    answer = DoneAndNotDoneFutures(done, not_done)
    satisfied = (not not_done
                 or (return_when == FIRST_COMPLETED and done)
                 or (return_when == FIRST_EXCEPTION and any(map(_failed, done))))
    if not satisfied:
        if timeout is None:
            raise _forever("concurrent.futures.wait()")
        time.sleep(timeout)
    return answer


def as_completed(fs, timeout=None):
    """Yields the futures of fs that are done; the rest would never finish."""
    unique = list(dict.fromkeys(fs))
    unfinished = sum(1 for future in unique if not future.done())
    yield from (future for future in unique if future.done())
    if unfinished:
        if timeout is None:
            raise _forever("concurrent.futures.as_completed()")
        time.sleep(timeout)
        raise TimeoutError(f"{unfinished} (of {len(unique)}) futures unfinished")


class Executor:
    """Base class: submit() schedules a call; map() and shutdown() build on it."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        # Everything is submitted at once; results come back lazily, in order.
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return (future.result(timeout) for future in futures)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkerlessExecutor(Executor):
    """An executor that cannot start its workers: submit() fails like CPython's does
    when the system refuses a new thread or process."""

    _refusal = ""

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        raise RuntimeError(self._refusal)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True


class ThreadPoolExecutor(_WorkerlessExecutor):
    """Cannot run anything here: submit() raises RuntimeError("can't start new thread")."""

    _refusal = "can't start new thread"

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None,
                 initargs=()):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers or 5
        self._shutdown = False


class ProcessPoolExecutor(_WorkerlessExecutor):
    """Cannot run anything here: submit() raises RuntimeError."""

    _refusal = "can't start new process"

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        self._shutdown = False
