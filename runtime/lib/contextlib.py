"""Context manager helpers, as CPython 3.11's contextlib: contextmanager and
asynccontextmanager, suppress, closing, aclosing, nullcontext, redirect_stdout and
redirect_stderr, ExitStack and AsyncExitStack.

asyncio imports this module, so it stays free of heavy imports (no functools)."""

import sys
from types import MethodType

__all__ = ["contextmanager", "asynccontextmanager", "suppress", "closing",
           "aclosing", "nullcontext", "redirect_stdout", "redirect_stderr",
           "ExitStack", "AsyncExitStack", "AbstractContextManager",
           "AbstractAsyncContextManager", "ContextDecorator", "chdir"]

# The attributes functools.wraps copies from a wrapped function (3.11).
_COPIED_FROM_WRAPPED = ("__module__", "__name__", "__qualname__", "__doc__",
                        "__annotations__")


def _dress_as(wrapper, wrapped):
    """Gives wrapper the identity of wrapped, as functools.wraps would."""
    for name in _COPIED_FROM_WRAPPED:
        if hasattr(wrapped, name):
            setattr(wrapper, name, getattr(wrapped, name))
    wrapper.__dict__.update(getattr(wrapped, "__dict__", {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


class AbstractContextManager:
    """Base whose __enter__ returns self and whose __exit__ swallows nothing."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class AbstractAsyncContextManager:
    """The asynchronous counterpart of AbstractContextManager."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Lets a context manager also be used as a decorator: each call of the
    decorated function runs inside a fresh copy from _recreate_cm()."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        def run_inside(*call_args, **call_kwargs):
            with self._recreate_cm():
                return func(*call_args, **call_kwargs)
        return _dress_as(run_inside, func)


class AsyncContextDecorator:
    """ContextDecorator for coroutine functions and async context managers."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def run_inside(*call_args, **call_kwargs):
            manager = self._recreate_cm()
            async with manager:
                return await func(*call_args, **call_kwargs)
        return _dress_as(run_inside, func)


# -- generator-based context managers -------------------------------------------------

def _after_throw(escaped, thrown, traceback, stop_types):
    """What __exit__ returns when the generator, having had `thrown` thrown in, ended
    by raising `escaped`; None means `escaped` must propagate.

    A generator that returns instead of re-raising swallowed the exception (unless
    the StopIteration is the thrown one itself). If the thrown exception comes back,
    __exit__ returns False so that the with statement re-raises it, with the
    traceback it had. A StopIteration thrown into a generator comes back wrapped in
    a RuntimeError (PEP 479), which counts as the same exception."""
    if isinstance(escaped, stop_types[0]):
        return escaped is not thrown
    if escaped is thrown:
        escaped.__traceback__ = traceback
        return False
    if (isinstance(escaped, RuntimeError) and isinstance(thrown, stop_types)
            and escaped.__cause__ is thrown):
        thrown.__traceback__ = traceback
        return False
    return None


_NEVER_YIELDED = "generator didn't yield"
_YIELDED_AGAIN = "generator didn't stop"
_YIELDED_AFTER_THROW = "generator didn't stop after %s()"


class _GeneratorCMBase:
    """State shared by the sync and async generator context managers: the generator
    and, until entry, what is needed to make a fresh one for ContextDecorator."""

    def __init__(self, factory, args, kwargs):
        self._recipe = (factory, args, kwargs)
        self.gen = factory(*args, **kwargs)
        # The function's docstring documents the manager (the class's if it has none).
        own_doc = getattr(factory, "__doc__", None)
        self.__doc__ = own_doc if own_doc is not None else type(self).__doc__

    def _recreate_cm(self):
        return type(self)(*self._recipe)

    def _spend(self):
        """Drops the recipe on entry: an entered manager cannot be re-created."""
        del self._recipe


class _GeneratorContextManager(_GeneratorCMBase, ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager decorator."""
    # (That docstring is CPython's: it is the manager's __doc__ when the generator
    # function has none.) The generator runs to its yield on entry and is resumed,
    # or has the body's exception thrown in, on exit.

    def __enter__(self):
        self._spend()
        try:
            first = next(self.gen)
        except StopIteration:
            raise RuntimeError(_NEVER_YIELDED) from None
        return first

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            for _ in self.gen:
                raise RuntimeError(_YIELDED_AGAIN)
            return False
        if exc is None:
            exc = exc_type()
        try:
            self.gen.throw(exc_type, exc, tb)
        except BaseException as escaped:
            verdict = _after_throw(escaped, exc, tb, (StopIteration,))
            if verdict is None:
                raise
            return verdict
        raise RuntimeError(_YIELDED_AFTER_THROW % "throw")


class _AsyncGeneratorContextManager(_GeneratorCMBase, AsyncContextDecorator,
                                    AbstractAsyncContextManager):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        self._spend()
        try:
            first = await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError(_NEVER_YIELDED) from None
        return first

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            async for _ in self.gen:
                raise RuntimeError(_YIELDED_AGAIN)
            return False
        if exc is None:
            exc = exc_type()
        try:
            await self.gen.athrow(exc_type, exc, tb)
        except BaseException as escaped:
            verdict = _after_throw(escaped, exc, tb, (StopAsyncIteration, StopIteration))
            if verdict is None:
                raise
            return verdict
        raise RuntimeError(_YIELDED_AFTER_THROW % "athrow")


def contextmanager(func):
    """Turns a generator function with one yield into a context manager factory."""
    def make_manager(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    return _dress_as(make_manager, func)


def asynccontextmanager(func):
    """Turns an async generator function with one yield into an async context
    manager factory."""
    def make_manager(*args, **kwargs):
        return _AsyncGeneratorContextManager(func, args, kwargs)
    return _dress_as(make_manager, func)


# -- small managers ----------------------------------------------------------------

class suppress(AbstractContextManager):
    """Swallows the listed exception types raised in the body."""

    def __init__(self, *exceptions):
        self._swallowed = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        # 3.11 matches the exception's own type only: an exception group passes
        # through whole (splitting groups came in 3.12).
        if exc_type is None:
            return False
        return issubclass(exc_type, self._swallowed)


class closing(AbstractContextManager):
    """Calls thing.close() on exit."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *_):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Awaits thing.aclose() on exit."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *_):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; returns enter_result from __enter__ and __aenter__."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *_):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *_):
        pass


class _SwapSysStream(AbstractContextManager):
    """Replaces sys.<_stream> for the body; nested use of one instance restores each
    level in turn."""

    _stream = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._target)
        return self._target

    def __exit__(self, *_):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_SwapSysStream):
    """Sends sys.stdout to another file-like object for the body's duration."""
    _stream = "stdout"


class redirect_stderr(_SwapSysStream):
    """Sends sys.stderr to another file-like object for the body's duration."""
    _stream = "stderr"


class chdir(AbstractContextManager):
    """Not available: Taskscope programs have no working directory to change."""

    def __init__(self, path):
        raise OSError("changing directory is not available in Taskscope")


# -- exit stacks -------------------------------------------------------------------

def _protocol_error(cm, kind):
    cls = type(cm)
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                     f"not support the {kind} protocol")


_NOTHING_RAISED = (None, None, None)


class _Unwinding:
    """The bookkeeping of one exit-stack unwind: the exception the next callback
    sees, whether any callback swallowed one, and whether one is still to raise."""

    def __init__(self, details):
        self.details = details
        self.had_exception = details[0] is not None
        self.swallowed = False
        self.to_raise = None
        # An exception being handled around the `with` when the stack unwinds ends
        # the context chains of exceptions the callbacks raise; they must chain to
        # the exception the stack was unwinding instead.
        self.outer = sys.exc_info()[1]

    def returned(self, result):
        if result:
            self.swallowed = True
            self.to_raise = None
            self.details = (None, None, None)

    def raised(self, new_exc):
        previous = self.details[1]
        if previous is not None:
            self._chain(new_exc, previous)
        self.to_raise = new_exc
        self.details = (type(new_exc), new_exc, new_exc.__traceback__)

    def _chain(self, new_exc, previous):
        link = new_exc
        while link.__context__ is not None and link.__context__ is not previous:
            if link.__context__ is self.outer:
                link.__context__ = previous
                return
            link = link.__context__


class _BaseExitStack:
    """Callbacks registered for an exit stack, each kept as (is_sync, callable with
    __exit__'s signature)."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves every callback to a new stack of the same type, and returns it."""
        taken = type(self)()
        taken._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return taken

    def push(self, exit):
        """Registers a context manager's __exit__, or any callable with its
        signature; returns exit (so it can be used as a decorator)."""
        bound_exit = getattr(type(exit), "__exit__", None)
        if bound_exit is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, MethodType(bound_exit, exit)))
        return exit

    def enter_context(self, cm):
        """Enters cm and registers its __exit__; returns what __enter__ returned."""
        try:
            enter, leave = type(cm).__enter__, type(cm).__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager") from None
        result = enter(cm)
        self._exit_callbacks.append((True, MethodType(leave, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Registers callback(*args, **kwds) to run on exit; returns callback."""
        def on_exit(*_):
            callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._exit_callbacks.append((True, on_exit))
        return callback


def _raise_keeping_context(exc):
    """Raises exc from inside __exit__ without Python re-chaining it to the
    exception being handled around the with statement."""
    chained_to = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = chained_to
        raise


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Runs registered exit callbacks in reverse order when the block ends."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        state = _Unwinding(exc_details)
        pending = self._exit_callbacks
        while pending:
            _, on_exit = pending.pop()
            try:
                state.returned(on_exit(*state.details))
            except BaseException as new_exc:
                state.raised(new_exc)
        if state.to_raise is not None:
            _raise_keeping_context(state.to_raise)
        return state.had_exception and state.swallowed

    def close(self):
        """Runs the callbacks now, as leaving the with block without error does."""
        self.__exit__(*_NOTHING_RAISED)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack that also takes async context managers and coroutine callbacks."""

    async def enter_async_context(self, cm):
        """Enters the async cm and registers its __aexit__."""
        try:
            enter, leave = type(cm).__aenter__, type(cm).__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, MethodType(leave, cm)))
        return result

    def push_async_exit(self, exit):
        """Registers an async context manager's __aexit__, or a coroutine function
        with its signature; returns exit."""
        bound_exit = getattr(type(exit), "__aexit__", None)
        if bound_exit is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, MethodType(bound_exit, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Registers `await callback(*args, **kwds)` to run on exit."""
        async def on_exit(*_):
            return await callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._exit_callbacks.append((False, on_exit))
        return callback

    async def aclose(self):
        await self.__aexit__(*_NOTHING_RAISED)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = _Unwinding(exc_details)
        pending = self._exit_callbacks
        while pending:
            is_sync, on_exit = pending.pop()
            try:
                if is_sync:
                    state.returned(on_exit(*state.details))
                else:
                    state.returned(await on_exit(*state.details))
            except BaseException as new_exc:
                state.raised(new_exc)
        if state.to_raise is not None:
            _raise_keeping_context(state.to_raise)
        return state.had_exception and state.swallowed
