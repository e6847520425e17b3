"""anext(iterator, default): the awaitable behind the builtin's default case."""


class anext_awaitable:
    """Awaits the __anext__ awaitable; its StopAsyncIteration becomes the default.

    Its own type, named as CPython's (a coroutine with another name would show in
    type() and in never-awaited warnings), with the coroutine protocol (send, throw,
    close, __await__), so asyncio.iscoroutine() says True as CPython's ABC check does.
    """

    __slots__ = ('_source', '_default', '_steps')

    def __init__(self, source, default):
        self._source = source
        self._default = default
        self._steps = None

    def _driver(self):
        # One generator drives the source to its end, made on the first step.
        if self._steps is None:
            self._steps = self._drive()
        return self._steps

    def _drive(self):
        try:
            return (yield from self._source.__await__())
        except StopAsyncIteration:
            return self._default

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self._driver().send(None)

    def send(self, value):
        return self._driver().send(value)

    def throw(self, *exc):
        return self._driver().throw(*exc)

    def close(self):
        if self._steps is None:
            # Never stepped: close what it would have awaited.
            closer = getattr(self._source, 'close', None)
            if closer is not None:
                closer()
            return None
        return self._steps.close()


anext_awaitable.__module__ = 'builtins'
