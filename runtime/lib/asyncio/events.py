"""Handles, the running loop and the event-loop policy functions."""

import sys
import _asyncio
import contextvars

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop',
           'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy')


def _format_callback(cb, args):
    # name(args) at file:line, written by a module of the library bundle: the
    # engine's size counts and reprs of callbacks are rare.
    from asyncio.format_helpers import format_callback
    return format_callback(cb, args)


def _add_creation_point(obj, info):
    # Debug mode: where the object was made, as the reprs of CPython's show it.
    made_at = getattr(obj, '_source_traceback', None)
    if made_at:
        filename, line = made_at[-1][:2]
        info.append('created at %s:%s' % (filename, line))


def _creation_point(depth):
    # Debug mode's _source_traceback, reduced to the frame that matters: the code
    # `depth` calls above the caller.
    f = sys._getframe(depth + 1)
    return [(f.f_code.co_filename, f.f_lineno)]


class Handle:
    """A callback scheduled with call_soon: what the runtime's ready queue runs."""

    # _source_traceback is only set in debug mode (where the handle was made).
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_repr', '__weakref__',
                 '_context', '_source_traceback')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._context = context
        self._repr = None

    def __repr__(self):
        # A cancelled handle in debug mode keeps the repr it had (with its callback).
        frozen = self._repr
        return frozen if frozen is not None else '<%s>' % ' '.join(self._describe())

    def _describe(self):
        """The words of the repr, class name first; TimerHandle adds its deadline."""
        words = [type(self).__name__]
        if self._cancelled:
            words.append('cancelled')
        words += self._when_words()
        callback = self._callback
        if callback is not None:
            words.append(_format_callback(callback, self._args))
        _add_creation_point(self, words)
        return words

    def _when_words(self):
        return ()

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._loop.get_debug():
                # Debug mode keeps what the callback was, for the reports.
                self._repr = repr(self)
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        # Called by the runtime's loop. Errors go to the loop's exception handler,
        # except the two that end a program (CPython lets them escape the loop).
        if self._cancelled:
            return
        # Context.run, inlined: this is the hottest path of every program.
        ctx = self._context
        if type(ctx) is not contextvars.Context or ctx._entered:
            # Entering it fails (not a Context, or one already entered): the callback
            # failed, reported through the exception handler as in CPython.
            try:
                ctx.run(self._callback, *self._args)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _report_failure(self, exc)
            return
        saved = contextvars._current
        ctx._entered = True
        contextvars._current = ctx
        try:
            self._callback(*self._args)
        except BaseException as exc:
            contextvars._current = saved
            ctx._entered = False
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            # Reported from inside the except block, as CPython does: an error the
            # exception handler raises then chains to this one ("During handling…").
            _report_failure(self, exc)
            self = None
            return
        contextvars._current = saved
        ctx._entered = False
        self = None


def _report_failure(handle, error):
    # What the loop's exception handler is told of a callback that raised.
    what = _format_callback(handle._callback, handle._args)
    handle._loop.call_exception_handler(
        {'message': 'Exception in callback ' + what, 'exception': error, 'handle': handle})


def _report_callback_error(callback, args, loop, context, error):
    # A callback scheduled from C (a future's done callback, a task's step) raised:
    # reported as Handle._run reports it, with the Handle it would have had.
    _report_failure(Handle(callback, args, loop, context), error)


class TimerHandle(Handle):
    """A callback scheduled with call_later/call_at: a timer of the runtime's heap."""

    __slots__ = ('_scheduled', '_when', '_token')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False
        self._token = None

    def _when_words(self):
        return ('when=%s' % (self._when,),)

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            token = self._token
            self._token = None
            if token is not None:
                _asyncio.cancel_timer(token)
        super().cancel()

    def _run(self):
        self._token = None
        Handle._run(self)


class AbstractEventLoop:
    """Abstract event loop (only for isinstance checks)."""


class AbstractEventLoopPolicy:
    """Abstract policy."""


_running_loop = None
_event_loop = None
_set_called = False
_policy = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The running event loop; RuntimeError outside one."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def new_event_loop():
    from asyncio.base_events import EventLoop
    return EventLoop()


def get_event_loop():
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None and not _set_called:
        # 3.11 makes one silently in the main thread, unless one was ever set.
        set_event_loop(new_event_loop())
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop


def set_event_loop(loop):
    global _event_loop, _set_called
    _set_called = True
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError("loop must be an instance of AbstractEventLoop or None, not %r"
                        % type(loop).__name__)
    _event_loop = loop


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return new_event_loop()


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    _policy = policy
